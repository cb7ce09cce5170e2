package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.order;
import static org.hexmall.application.port.out.persistence.Examples.orderNumber;
import static org.hexmall.application.port.out.persistence.Examples.payment;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.AppliedDiscount;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.BudgetClaim;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.LinePrice;
import org.hexmall.domain.promotion.NotApplied;
import org.hexmall.domain.promotion.NotAppliedReason;
import org.hexmall.domain.promotion.OfferRef;
import org.hexmall.domain.promotion.PointsBoost;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.PricingLevel;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.promotion.VoucherGrant;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentPricings} adapter must do: a payment's breakdown reads back as it was frozen, every part of
 * it, and is never replaced. Breakdowns belong to payments that exist, stored through {@link #payments()}.
 */
public abstract class PaymentPricingsContract {

    private static final OrderLine RICE_COOKER = new OrderLine(new ProductId("HOME-0001"), "Rice cooker",
            "电饭煲", Category.HOME, Money.ofYuan(150, 0), 2);
    /** A name with every character a careless text format would trip on. */
    private static final OrderLine ODD_TEA = new OrderLine(new ProductId("GROC-0001"), "Tea\tleaf\n100% \"pure\"",
            "茶叶 ~ 50%", Category.GROCERIES, Money.ofYuan(20, 0), 1);

    private int ordersPlaced;

    protected abstract PaymentPricings pricings();

    protected abstract Payments payments();

    protected abstract Orders orders();

    protected abstract Customers customers();

    protected abstract TransactionRunner transactions();

    @Test
    void aBreakdown_readsBackWithEveryPart_butNotTheOffersNotApplied() {
        PaymentId payment = storedPayment();
        PriceBreakdown breakdown = everyPart();

        transactions().inTransaction(() -> {
            pricings().add(payment, breakdown);
            return null;
        });

        PriceBreakdown read = pricings().find(payment).orElseThrow();
        assertThat(read).isEqualTo(withoutNotApplied(breakdown));
        assertThat(read.amountToPay()).isEqualTo(Money.ofYuan(260, 0));
        assertThat(read.saved()).isEqualTo(Money.ofYuan(60, 0));
    }

    @Test
    void aBreakdown_isFrozen_aSecondOneForThePaymentIsRefused() {
        PaymentId payment = storedPayment();
        pricings().add(payment, everyPart());

        assertThatThrownBy(() -> pricings().add(payment, plain(WalletProvider.ALIPAY)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(pricings().find(payment).orElseThrow().discounts()).hasSize(2);
    }

    @Test
    void findAll_answersThePaymentsThatHaveOne_andFindAnswersNothingForAnother() {
        PaymentId plain = storedPayment();
        PaymentId promoted = storedPayment();
        PaymentId without = storedPayment();
        pricings().add(plain, plain(WalletProvider.WECHAT_PAY));
        pricings().add(promoted, everyPart());

        assertThat(pricings().findAll(List.of(plain, promoted, without)))
                .containsOnlyKeys(plain, promoted)
                .containsEntry(plain, plain(WalletProvider.WECHAT_PAY));
        assertThat(pricings().findAll(List.of())).isEmpty();
        assertThat(pricings().find(without)).isEmpty();
        assertThat(pricings().find(new PaymentId(UUID.randomUUID()))).isEmpty();
    }

    private static PriceBreakdown plain(WalletProvider wallet) {
        return new PriceBreakdown(wallet, List.of(new LinePrice(ODD_TEA, Money.ZERO, Money.ZERO, Money.ofYuan(20, 0),
                20)), List.of(), 0, 20, Optional.empty(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * ¥320 of goods; a festival's ¥40 and a coupon's ¥10 off the rice cookers, ¥10 of points, ¥260 to pay; double
     * points, a cashback voucher, three budget claims and the coupon used.
     */
    private static PriceBreakdown everyPart() {
        CampaignId festival = new CampaignId(UUID.randomUUID());
        CampaignId coupons = new CampaignId(UUID.randomUUID());
        CampaignId doublePoints = new CampaignId(UUID.randomUUID());
        CampaignId cashback = new CampaignId(UUID.randomUUID());
        CouponId coupon = new CouponId(UUID.randomUUID());
        CouponId compensation = new CouponId(UUID.randomUUID());
        List<LinePrice> lines = List.of(
                new LinePrice(RICE_COOKER, Money.ofYuan(50, 0), Money.ofYuan(10, 0), Money.ofYuan(240, 0), 480),
                new LinePrice(ODD_TEA, Money.ZERO, Money.ZERO, Money.ofYuan(20, 0), 40));
        List<AppliedDiscount> discounts = List.of(
                new AppliedDiscount(new OfferRef.OfCampaign(festival), "Double 11 encore", "双11返场", PricingLevel.ORDER,
                        new StackingGroup("festival"), Money.ofYuan(40, 0), List.of(Money.ofYuan(40, 0), Money.ZERO)),
                new AppliedDiscount(new OfferRef.OfCoupon(coupon, Optional.of(coupons)), "Home ¥10\toff", "家居减10",
                        PricingLevel.ITEM, new StackingGroup("coupon"), Money.ofYuan(10, 0),
                        List.of(Money.ofYuan(10, 0), Money.ZERO)));
        VoucherGrant voucher = new VoucherGrant(cashback, "Cashback", "返券",
                new Benefit.CashbackVoucher(Money.ofYuan(5, 0), Money.ofYuan(50, 0), 30), PricingLevel.ORDER,
                Money.ofYuan(100, 0), List.of(0, 1));
        List<NotApplied> notApplied = List.of(new NotApplied(new OfferRef.OfCoupon(compensation, Optional.empty()),
                "Sorry", "抱歉", new NotAppliedReason.NoEligibleLines()));
        return new PriceBreakdown(WalletProvider.WECHAT_PAY, lines, discounts, 1000, 520,
                Optional.of(new PointsBoost(doublePoints, "Double points", "双倍积分", 2, 260)), List.of(voucher),
                List.of(new BudgetClaim(festival, Money.ofYuan(40, 0), true),
                        new BudgetClaim(coupons, Money.ofYuan(10, 0), false),
                        new BudgetClaim(doublePoints, Money.ofFen(260), true)),
                List.of(coupon), notApplied);
    }

    private static PriceBreakdown withoutNotApplied(PriceBreakdown breakdown) {
        return new PriceBreakdown(breakdown.wallet(), breakdown.lines(), breakdown.discounts(),
                breakdown.pointsSpent(), breakdown.pointsToEarn(), breakdown.pointsBoost(), breakdown.vouchers(),
                breakdown.budgetClaims(), breakdown.couponsUsed(), List.of());
    }

    private PaymentId storedPayment() {
        ordersPlaced++;
        Customer customer = customer("139%08d".formatted(ordersPlaced), null, "Customer " + ordersPlaced);
        customers().add(customer);
        Order order = order(customer.id(), orderNumber(ordersPlaced), NOW.minus(Duration.ofDays(1)),
                List.of(RICE_COOKER, ODD_TEA));
        orders().add(order);
        Payment payment = payment(order, WalletProvider.WECHAT_PAY, Money.ofYuan(260, 0), NOW);
        payments().add(payment);
        return payment.id();
    }
}
