package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.application.port.in.promotion.MyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** My account → "My coupons": the customer's coupons on the tabs available, used and expired. */
class ViewMyCouponsTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");
    private final Instant now = hexmall.clock.instant();
    private final Campaign campaign = WalletPromotions.jdPayElectronicsCoupon(now, 20);

    @Test
    void aClaimedCoupon_movesFromAvailableToExpiredWhenItsValidityEnds() {
        hexmall.storage.campaigns().add(campaign, now);
        hexmall.claimCoupon.claim(customer, campaign.id(), Optional.empty());

        hexmall.clock.advance(Duration.ofDays(WalletPromotions.COUPON_DAYS).minusSeconds(1));
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).hasSize(1);
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.EXPIRED, 1).coupons().items()).isEmpty();

        hexmall.clock.advance(Duration.ofSeconds(1));
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).isEmpty();
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.EXPIRED, 1).coupons().items()).hasSize(1);
    }

    @Test
    void coupons_comeNewestFirstAPageAtATime() {
        hexmall.storage.campaigns().add(campaign, now);
        int claims = ViewMyCoupons.PAGE_SIZE + 2;
        for (int claim = 0; claim < claims; claim++) {
            hexmall.claimCoupon.claim(customer, campaign.id(), Optional.empty());
            hexmall.clock.advance(Duration.ofMinutes(1));
        }

        MyCoupons first = hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1);
        MyCoupons second = hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 2);

        assertThat(first.coupons().items()).hasSize(ViewMyCoupons.PAGE_SIZE);
        assertThat(first.coupons().hasNext()).isTrue();
        assertThat(first.coupons().items()).extracting(Coupon::validFrom).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(second.coupons().items()).hasSize(2);
        assertThat(second.coupons().items().getLast().validFrom()).isEqualTo(now);
    }

    @Test
    void aUsedCoupon_isOnTheUsedTabOnly() {
        Coupon coupon = Coupon.claim(new CouponId(UUID.randomUUID()), customer, campaign, now);
        hexmall.storage.coupons().claim(coupon, 1);
        coupon.reserveFor(new PaymentId(UUID.randomUUID()), now);
        coupon.use(now);
        hexmall.storage.coupons().update(coupon);

        MyCoupons used = hexmall.viewMyCoupons.view(customer, CouponTab.USED, 1);

        assertThat(used.coupons().items()).extracting(Coupon::id).containsExactly(coupon.id());
        assertThat(used.orderOf(used.coupons().items().getFirst())).as("a payment the store does not know").isEmpty();
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).isEmpty();
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.EXPIRED, 1).coupons().items()).isEmpty();
    }

    @Test
    void anotherCustomersCoupons_areNeverShown() {
        hexmall.storage.campaigns().add(campaign, now);
        CustomerId other = hexmall.registeredCustomer("13800138001", "han.meimei@example.com", "韩梅梅",
                "tea-4two-pots");
        hexmall.claimCoupon.claim(other, campaign.id(), Optional.empty());

        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).isEmpty();
    }
}
