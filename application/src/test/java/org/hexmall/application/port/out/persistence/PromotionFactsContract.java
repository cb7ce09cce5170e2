package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.order;
import static org.hexmall.application.port.out.persistence.Examples.orderNumber;
import static org.hexmall.application.port.out.persistence.Examples.payment;
import static org.hexmall.application.port.out.persistence.PromotionExamples.cashback;
import static org.hexmall.application.port.out.persistence.PromotionExamples.doublePoints;
import static org.hexmall.application.port.out.persistence.PromotionExamples.festival;
import static org.hexmall.application.port.out.persistence.PromotionExamples.jdPayCoupon;
import static org.hexmall.application.port.out.persistence.PromotionExamples.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Claim;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/** What every {@link PromotionFacts} adapter must do: one customer's view of the promotions, read over the stores. */
public abstract class PromotionFactsContract {

    private static final OrderLine EARBUDS = new OrderLine(new ProductId("ELEC-0001"), "Wireless earbuds", "无线耳机",
            Category.ELECTRONICS, Money.ofYuan(999, 0), 1);

    private int ordersPlaced;

    protected abstract PromotionFacts promotionFacts();

    protected abstract Campaigns campaigns();

    protected abstract PromotionBudgets budgets();

    protected abstract Coupons coupons();

    protected abstract PointsLedger pointsLedger();

    protected abstract Customers customers();

    protected abstract Orders orders();

    protected abstract Payments payments();

    protected abstract TransactionRunner transactions();

    @Test
    void aNewCustomer_seesTheRunningCampaigns_andHasNoHistory() {
        Campaign festival = festival(Money.ofYuan(1000, 0), 1);
        Campaign paused = doublePoints();
        paused.pause();
        campaigns().add(festival, NOW);
        campaigns().add(paused, NOW);

        PromotionSnapshot snapshot = promotionFacts().snapshotFor(storedCustomer("13800000001"), NOW);

        assertThat(snapshot.campaigns()).singleElement().usingRecursiveComparison().isEqualTo(festival);
        assertThat(snapshot.budgetUsed()).isEqualTo(Map.of(festival.id(), Money.ZERO));
        assertThat(snapshot.customerUses()).isEmpty();
        assertThat(snapshot.claims()).isEmpty();
        assertThat(snapshot.coupons()).isEmpty();
        assertThat(snapshot.walletsPaidWithBefore()).isEmpty();
        assertThat(snapshot.hasPaidBefore()).isFalse();
        assertThat(snapshot.pointsBalance()).isZero();
    }

    @Test
    void aRegularCustomer_seesBudgetsUsesCouponsWalletsAndPoints() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        Campaign festival = festival(Money.ofYuan(1000, 0), 2);
        Campaign points = doublePoints();
        Campaign jdPay = jdPayCoupon(Money.ofYuan(3000, 0));
        Campaign cashback = cashback();
        for (Campaign campaign : List.of(festival, points, jdPay, cashback)) {
            campaigns().add(campaign, NOW.minus(Duration.ofDays(1)));
        }
        transactions().inTransaction(() -> budgets().reserve(new PaymentId(UUID.randomUUID()), liLei,
                List.of(new Claim(festival.id(), Money.ofYuan(50, 0), 2)), minutes(-30)));
        transactions().inTransaction(() -> budgets().reserve(new PaymentId(UUID.randomUUID()), hanMeimei,
                List.of(new Claim(festival.id(), Money.ofYuan(50, 0), 2),
                        new Claim(points.id(), Money.ofFen(300), 10)), minutes(-20)));
        Coupon claimed = Coupon.claim(new CouponId(UUID.randomUUID()), liLei, jdPay, minutes(-10));
        coupons().claim(claimed, 1);
        coupons().claim(Coupon.claim(new CouponId(UUID.randomUUID()), hanMeimei, jdPay, minutes(-10)), 1);
        storedPayment(liLei, WalletProvider.ALIPAY, Optional.empty());
        storedPayment(liLei, WalletProvider.ALIPAY, Optional.empty());
        storedPayment(liLei, WalletProvider.WECHAT_PAY, Optional.empty());
        storedPayment(liLei, WalletProvider.JD_PAY, Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        storedPayment(hanMeimei, WalletProvider.UNIONPAY_QUICKPASS, Optional.empty());
        pointsLedger().append(List.of(
                new PointsEntry(liLei, PointsEntryKind.EARNED, 999, Optional.empty(), "", minutes(-5)),
                new PointsEntry(liLei, PointsEntryKind.SPENT, 500, Optional.empty(), "", minutes(-4)),
                new PointsEntry(hanMeimei, PointsEntryKind.EARNED, 70, Optional.empty(), "", minutes(-4))));

        PromotionSnapshot snapshot = promotionFacts().snapshotFor(liLei, NOW);

        assertThat(snapshot.campaigns()).extracting(Campaign::id).containsExactlyInAnyOrder(festival.id(),
                points.id(), jdPay.id(), cashback.id());
        assertThat(snapshot.budgetUsed()).containsEntry(festival.id(), Money.ofYuan(100, 0))
                .containsEntry(points.id(), Money.ofFen(300)).containsEntry(cashback.id(), Money.ZERO);
        assertThat(snapshot.customerUses()).isEqualTo(Map.of(festival.id(), 1));
        assertThat(snapshot.usesOf(points.id())).isZero();
        assertThat(snapshot.coupons()).singleElement().usingRecursiveComparison().isEqualTo(claimed);
        assertThat(snapshot.walletsPaidWithBefore()).isEqualTo(Set.of(WalletProvider.ALIPAY,
                WalletProvider.WECHAT_PAY));
        assertThat(snapshot.hasPaidBefore()).isTrue();
        assertThat(snapshot.pointsBalance()).isEqualTo(499);
        assertThat(snapshot.claims()).isEqualTo(Map.of(jdPay.id(), new CouponClaims(1, 0)));
    }

    @Test
    void whenNoCampaignRuns_theCustomerStillHasTheirWalletsAndPoints() {
        CustomerId liLei = storedCustomer("13800000001");
        Campaign paused = doublePoints();
        paused.pause();
        campaigns().add(paused, NOW.minus(Duration.ofDays(1)));
        storedPayment(liLei, WalletProvider.JD_PAY, Optional.empty());
        pointsLedger().append(List.of(
                new PointsEntry(liLei, PointsEntryKind.EARNED, 120, Optional.empty(), "", minutes(-5))));

        PromotionSnapshot snapshot = promotionFacts().snapshotFor(liLei, NOW);

        assertThat(snapshot.campaigns()).isEmpty();
        assertThat(snapshot.budgetUsed()).isEmpty();
        assertThat(snapshot.walletsPaidWithBefore()).isEqualTo(Set.of(WalletProvider.JD_PAY));
        assertThat(snapshot.hasPaidBefore()).isTrue();
        assertThat(snapshot.pointsBalance()).isEqualTo(120);
    }

    @Test
    void aCouponTheCustomerUsed_stillCountsAsClaimed_thoughItIsNoLongerUsable() {
        CustomerId liLei = storedCustomer("13800000001");
        Campaign jdPay = jdPayCoupon(Money.ofYuan(3000, 0));
        campaigns().add(jdPay, NOW.minus(Duration.ofDays(1)));
        Coupon claimed = Coupon.claim(new CouponId(UUID.randomUUID()), liLei, jdPay, minutes(-10));
        coupons().claim(claimed, 1);
        PaymentId payment = new PaymentId(UUID.randomUUID());
        transactions().inTransaction(() -> {
            Coupon held = coupons().lockByIds(List.of(claimed.id())).getFirst();
            held.reserveFor(payment, minutes(-5));
            held.use(minutes(-4));
            coupons().update(held);
        });

        PromotionSnapshot snapshot = promotionFacts().snapshotFor(liLei, NOW);

        assertThat(snapshot.coupons()).isEmpty();
        assertThat(snapshot.claimsOf(jdPay.id())).isEqualTo(new CouponClaims(1, 1));
        assertThat(snapshot.claimsOf(PromotionExamples.newCampaignId())).isEqualTo(CouponClaims.NONE);
    }

    /** A payment of the customer with the wallet: failed for the reason given, else succeeded. */
    private void storedPayment(CustomerId customerId, WalletProvider wallet, Optional<PaymentFailureReason> failure) {
        ordersPlaced++;
        Instant at = minutes(-60 + ordersPlaced);
        Order order = order(customerId, orderNumber(ordersPlaced), at.minusSeconds(60), List.of(EARBUDS));
        orders().add(order);
        Payment payment = payment(order, wallet, Money.ofYuan(999, 0), at);
        payments().add(payment);
        payment.awaitConfirmation("https://wallet.example.cn/confirm", at.plusSeconds(1));
        failure.ifPresentOrElse(reason -> payment.fail(reason, at.plusSeconds(2)),
                () -> payment.succeed("txn-" + ordersPlaced, at.plusSeconds(2)));
        payments().update(payment);
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
