package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.PromotionExamples.cashback;
import static org.hexmall.application.port.out.persistence.PromotionExamples.jdPayCoupon;
import static org.hexmall.application.port.out.persistence.PromotionExamples.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.CouponStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.junit.jupiter.api.Test;

/** What every {@link Coupons} adapter must do. Each test starts with empty stores. */
public abstract class CouponsContract {

    private static final CustomerId LI_LEI = new CustomerId(UUID.randomUUID());
    private static final CustomerId HAN_MEIMEI = new CustomerId(UUID.randomUUID());

    protected abstract Coupons coupons();

    protected abstract Campaigns campaigns();

    protected abstract TransactionRunner transactions();

    private static CouponId newCouponId() {
        return new CouponId(UUID.randomUUID());
    }

    private Campaign storedCouponCampaign() {
        Campaign campaign = jdPayCoupon(Money.ofYuan(3000, 0));
        campaigns().add(campaign, NOW);
        return campaign;
    }

    private static Coupon compensation(CustomerId customer, int validDays) {
        return compensation(customer, validDays, NOW);
    }

    private static Coupon compensation(CustomerId customer, int validDays, Instant at) {
        return Coupon.compensation(newCouponId(), customer, "Sorry for the late delivery", "配送延误补偿",
                new Benefit.AmountOff(Money.ofYuan(15, 0)),
                Conditions.none().withMinimumSpend(Money.ofYuan(99, 0)).withCategories(Set.of(Category.BOOKS)),
                validDays, at);
    }

    @Test
    void everyOriginOfCoupon_readsBackAsItWasIssued() {
        Campaign jdPay = storedCouponCampaign();
        Campaign cashback = cashback();
        campaigns().add(cashback, NOW);
        PaymentId paid = new PaymentId(UUID.randomUUID());
        Coupon claimed = Coupon.claim(newCouponId(), LI_LEI, jdPay, NOW);
        Coupon voucher = Coupon.cashback(newCouponId(), LI_LEI, cashback, paid,
                (Benefit.CashbackVoucher) cashback.benefit(), NOW);
        Coupon compensation = compensation(LI_LEI, 30);

        assertThat(coupons().claim(claimed, 1)).isTrue();
        coupons().add(voucher);
        coupons().add(compensation);

        for (Coupon coupon : List.of(claimed, voucher, compensation)) {
            assertThat(coupons().findById(coupon.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(coupon);
        }
        assertThat(coupons().grantedFor(paid)).extracting(Coupon::id).containsExactly(voucher.id());
        assertThat(coupons().findById(newCouponId())).isEmpty();
        assertThatThrownBy(() -> coupons().add(compensation)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void claim_isRefusedOnceTheCustomerHoldsTheLimit_andOtherCustomersStillClaim() {
        Campaign jdPay = storedCouponCampaign();

        assertThat(coupons().claim(Coupon.claim(newCouponId(), LI_LEI, jdPay, NOW), 2)).isTrue();
        assertThat(coupons().claim(Coupon.claim(newCouponId(), LI_LEI, jdPay, minutes(1)), 2)).isTrue();
        assertThat(coupons().claim(Coupon.claim(newCouponId(), LI_LEI, jdPay, minutes(2)), 2)).isFalse();
        assertThat(coupons().claim(Coupon.claim(newCouponId(), HAN_MEIMEI, jdPay, minutes(2)), 2)).isTrue();

        assertThat(coupons().claims(LI_LEI, Set.of(jdPay.id(), PromotionExamples.newCampaignId())))
                .isEqualTo(Map.of(jdPay.id(), new CouponClaims(2, 0)));
        assertThat(coupons().claims(HAN_MEIMEI, Set.of(jdPay.id()))).isEqualTo(Map.of(jdPay.id(),
                new CouponClaims(1, 0)));
        assertThat(coupons().ofCustomer(LI_LEI, CouponShelf.AVAILABLE, minutes(3), 1, 10).total()).isEqualTo(2);
    }

    @Test
    void twentyClaimsAtOnceByOneCustomer_storeOneCoupon() throws Exception {
        Campaign jdPay = storedCouponCampaign();
        int claims = 20;
        ExecutorService pool = Executors.newFixedThreadPool(claims);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int claim = 0; claim < claims; claim++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return transactions().inTransaction(() ->
                            coupons().claim(Coupon.claim(newCouponId(), LI_LEI, jdPay, NOW), 1));
                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<Boolean> outcome : outcomes) {
                stored += outcome.get() ? 1 : 0;
            }

            assertThat(stored).isEqualTo(1);
            assertThat(coupons().claims(LI_LEI, Set.of(jdPay.id()))).isEqualTo(Map.of(jdPay.id(),
                    new CouponClaims(1, 0)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPaymentHoldsAndUsesACoupon_andTheStatusIsKept() {
        Campaign jdPay = storedCouponCampaign();
        Coupon coupon = Coupon.claim(newCouponId(), LI_LEI, jdPay, NOW);
        coupons().claim(coupon, 1);
        PaymentId payment = new PaymentId(UUID.randomUUID());

        transactions().inTransaction(() -> {
            Coupon locked = coupons().lockByIds(List.of(coupon.id(), newCouponId())).getFirst();
            locked.reserveFor(payment, minutes(1));
            coupons().update(locked);
        });
        assertThat(coupons().heldBy(payment)).extracting(Coupon::status).containsExactly(CouponStatus.RESERVED);
        assertThat(coupons().usableBy(LI_LEI, minutes(2), 10)).isEmpty();

        Coupon held = coupons().findById(coupon.id()).orElseThrow();
        held.use(minutes(3));
        coupons().update(held);

        Coupon used = coupons().findById(coupon.id()).orElseThrow();
        assertThat(used.status()).isEqualTo(CouponStatus.USED);
        assertThat(used.reservedFor()).contains(payment);
        assertThat(used.statusChangedAt()).isEqualTo(minutes(3));
        assertThat(coupons().ofCustomer(LI_LEI, CouponShelf.USED, minutes(4), 1, 10).items())
                .extracting(Coupon::id).containsExactly(coupon.id());
        assertThat(coupons().claims(LI_LEI, Set.of(jdPay.id()))).as("a used coupon still counts as claimed")
                .isEqualTo(Map.of(jdPay.id(), new CouponClaims(1, 1)));
    }

    @Test
    void myCoupons_sortsEachCouponOntoItsShelf_theNewestFirst() {
        Campaign jdPay = storedCouponCampaign();
        Coupon older = compensation(LI_LEI, 30, minutes(0));
        Coupon expiring = compensation(LI_LEI, 1, minutes(1));
        coupons().add(older);
        coupons().add(expiring);
        Coupon newer = Coupon.claim(newCouponId(), LI_LEI, jdPay, minutes(10));
        coupons().claim(newer, 1);
        Coupon someoneElses = compensation(HAN_MEIMEI, 30);
        coupons().add(someoneElses);

        Instant twoDaysLater = NOW.plus(Duration.ofDays(2));
        assertThat(coupons().ofCustomer(LI_LEI, CouponShelf.AVAILABLE, minutes(20), 1, 10).items())
                .extracting(Coupon::id).containsExactly(newer.id(), expiring.id(), older.id());
        assertThat(coupons().ofCustomer(LI_LEI, CouponShelf.AVAILABLE, minutes(20), 2, 2).items())
                .extracting(Coupon::id).containsExactly(older.id());
        assertThat(coupons().ofCustomer(LI_LEI, CouponShelf.AVAILABLE, twoDaysLater, 1, 10).items())
                .extracting(Coupon::id).containsExactly(newer.id(), older.id());
        assertThat(coupons().ofCustomer(LI_LEI, CouponShelf.EXPIRED, twoDaysLater, 1, 10).items())
                .extracting(Coupon::id).containsExactly(expiring.id());
        assertThat(coupons().ofCustomer(LI_LEI, CouponShelf.USED, twoDaysLater, 1, 10).total()).isZero();
    }

    @Test
    void aWithdrawnVoucher_isNoLongerAvailable() {
        Campaign cashback = cashback();
        campaigns().add(cashback, NOW);
        PaymentId paid = new PaymentId(UUID.randomUUID());
        Coupon voucher = Coupon.cashback(newCouponId(), LI_LEI, cashback, paid,
                (Benefit.CashbackVoucher) cashback.benefit(), NOW);
        coupons().add(voucher);

        voucher.withdraw(minutes(5));
        coupons().update(voucher);

        assertThat(coupons().usableBy(LI_LEI, minutes(6), 10)).isEmpty();
        assertThat(coupons().ofCustomer(LI_LEI, CouponShelf.EXPIRED, minutes(6), 1, 10).items())
                .extracting(Coupon::status).containsExactly(CouponStatus.WITHDRAWN);
    }

    @Test
    void usableBy_areTheValidAvailableOnes_soonestToExpireFirst_upToTheLimit() {
        Coupon month = compensation(LI_LEI, 30);
        Coupon week = compensation(LI_LEI, 7);
        Coupon day = compensation(LI_LEI, 1);
        Coupon used = compensation(LI_LEI, 10);
        for (Coupon coupon : List.of(month, week, day, used)) {
            coupons().add(coupon);
        }
        coupons().add(compensation(HAN_MEIMEI, 3));
        used.reserveFor(new PaymentId(UUID.randomUUID()), minutes(1));
        used.use(minutes(2));
        coupons().update(used);

        assertThat(coupons().usableBy(LI_LEI, minutes(5), 10)).extracting(Coupon::id)
                .containsExactly(day.id(), week.id(), month.id());
        assertThat(coupons().usableBy(LI_LEI, minutes(5), 2)).extracting(Coupon::id)
                .containsExactly(day.id(), week.id());
        assertThat(coupons().usableBy(LI_LEI, NOW.minusSeconds(1), 10)).isEmpty();
        assertThat(coupons().usableBy(LI_LEI, NOW.plus(Duration.ofDays(8)), 10)).extracting(Coupon::id)
                .containsExactly(month.id());
    }

    @Test
    void aPageOfCoupons_isEmptyForACustomerWithNone() {
        Page<Coupon> none = coupons().ofCustomer(LI_LEI, CouponShelf.AVAILABLE, NOW, 1, 10);

        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }
}
