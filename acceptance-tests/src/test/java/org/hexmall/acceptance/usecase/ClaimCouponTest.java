package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.promotion.ClaimResult;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponOrigin;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A customer claims (领取) a wallet coupon from a running campaign, as often as the campaign allows and no more. */
class ClaimCouponTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");
    private final Instant now = hexmall.clock.instant();

    @Test
    void aRunningCouponCampaign_givesTheCustomerACouponValidForTheCampaignsDays() {
        Campaign coupon = running(WalletPromotions.jdPayElectronicsCoupon(now, 1));

        ClaimResult result = hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty());

        assertThat(result).isInstanceOf(ClaimResult.Claimed.class);
        assertThat(((ClaimResult.Claimed) result).validUntil())
                .isEqualTo(now.plus(Duration.ofDays(WalletPromotions.COUPON_DAYS)));
        List<Coupon> held = hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items();
        assertThat(held).singleElement().satisfies(claimed -> {
            assertThat(claimed.origin()).isEqualTo(CouponOrigin.CLAIMED);
            assertThat(claimed.nameEn()).isEqualTo("JD Pay electronics coupon");
        });
    }

    @Test
    void claimingAgainAtTheCampaignsLimit_isRefusedAndLeavesOneCoupon() {
        Campaign coupon = running(WalletPromotions.jdPayElectronicsCoupon(now, 1));
        hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty());

        ClaimResult again = hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty());

        assertThat(again).isEqualTo(new ClaimResult.LimitReached(1));
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).hasSize(1);
    }

    @Test
    void aCampaignOfTwoUsesPerCustomer_givesTwoCouponsThenRefuses() {
        Campaign coupon = running(WalletPromotions.jdPayElectronicsCoupon(now, 2));

        assertThat(hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty()))
                .isInstanceOf(ClaimResult.Claimed.class);
        assertThat(hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty()))
                .isInstanceOf(ClaimResult.Claimed.class);
        assertThat(hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty()))
                .isEqualTo(new ClaimResult.LimitReached(2));
    }

    @Test
    void aPausedCampaign_givesNoCoupon() {
        Campaign coupon = running(WalletPromotions.jdPayElectronicsCoupon(now, 1));
        coupon.pause();
        hexmall.storage.campaigns().update(coupon);

        assertThat(hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty()))
                .isEqualTo(new ClaimResult.NotRunning(CampaignStatus.PAUSED));
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).isEmpty();
    }

    @Test
    void aCampaignWhoseWindowClosed_givesNoCoupon() {
        Campaign coupon = running(WalletPromotions.jdPayElectronicsCoupon(now, 1));
        hexmall.clock.advance(Duration.ofDays(30));

        assertThat(hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty()))
                .isEqualTo(new ClaimResult.NotRunning(CampaignStatus.ENDED));
    }

    @Test
    void aCampaignNotYetStarted_givesNoCoupon() {
        Campaign coupon = running(WalletPromotions.jdPayElectronicsCoupon(now.plus(Duration.ofDays(1)), 1));

        assertThat(hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty()))
                .isEqualTo(new ClaimResult.NotRunning(CampaignStatus.SCHEDULED));
    }

    @Test
    void aCampaignWhoseBudgetIsSpent_givesNoCoupon() {
        Campaign coupon = running(WalletPromotions.jdPayElectronicsCoupon(now, 1));
        hexmall.storage.promotionBudgets().reserve(new PaymentId(UUID.randomUUID()), customer,
                List.of(new PromotionBudgets.Claim(coupon.id(), coupon.budget(), 1)), now);

        assertThat(hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty()))
                .isEqualTo(new ClaimResult.BudgetSpent());
    }

    @Test
    void anOfferThatIsNoCoupon_orAnUnknownCampaign_hasNothingToClaim() {
        Campaign festival = running(WalletPromotions.alipayFestival(now));

        assertThat(hexmall.claimCoupon.claim(customer, festival.id(), Optional.empty()))
                .isEqualTo(new ClaimResult.NoSuchCoupon());
        assertThat(hexmall.claimCoupon.claim(customer, new CampaignId(UUID.randomUUID()), Optional.empty()))
                .isEqualTo(new ClaimResult.NoSuchCoupon());
    }

    @Test
    void theSameClaimSentTwiceWithItsKey_givesOneCouponAndTheSameAnswer() {
        Campaign coupon = running(WalletPromotions.jdPayElectronicsCoupon(now, 3));
        Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey(UUID.randomUUID().toString()));

        ClaimResult first = hexmall.claimCoupon.claim(customer, coupon.id(), key);
        ClaimResult second = hexmall.claimCoupon.claim(customer, coupon.id(), key);

        assertThat(second).isEqualTo(first);
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).hasSize(1);
        Campaign other = running(WalletPromotions.jdPayElectronicsCoupon(now, 1));
        assertThat(hexmall.claimCoupon.claim(customer, other.id(), key)).isEqualTo(new ClaimResult.KeyReused());
    }

    private Campaign running(Campaign campaign) {
        hexmall.storage.campaigns().add(campaign, now);
        return campaign;
    }
}
