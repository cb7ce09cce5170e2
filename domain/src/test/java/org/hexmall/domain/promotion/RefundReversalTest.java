package org.hexmall.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.domain.promotion.PromotionFixtures.CUSTOMER;
import static org.hexmall.domain.promotion.PromotionFixtures.NOW;
import static org.hexmall.domain.promotion.PromotionFixtures.alipay;
import static org.hexmall.domain.promotion.PromotionFixtures.book;
import static org.hexmall.domain.promotion.PromotionFixtures.campaign;
import static org.hexmall.domain.promotion.PromotionFixtures.claimed;
import static org.hexmall.domain.promotion.PromotionFixtures.couponId;
import static org.hexmall.domain.promotion.PromotionFixtures.fen;
import static org.hexmall.domain.promotion.PromotionFixtures.festival;
import static org.hexmall.domain.promotion.PromotionFixtures.offer;
import static org.hexmall.domain.promotion.PromotionFixtures.off;
import static org.hexmall.domain.promotion.PromotionFixtures.phone;
import static org.hexmall.domain.promotion.PromotionFixtures.request;
import static org.hexmall.domain.promotion.PromotionFixtures.rice;
import static org.hexmall.domain.promotion.PromotionFixtures.yuan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** What a refund gives back and takes back of an order's promotions, as the agent and the customer read it. */
class RefundReversalTest {

    private static final PaymentId PAYMENT = new PaymentId(new UUID(3, 3));
    private static final Benefit.CashbackVoucher TEN_YUAN_VOUCHER = new Benefit.CashbackVoucher(yuan(10), yuan(50),
            30);

    /** Three bags of rice at ¥10 and a book at ¥20, with ¥1.01 off: rice pays ¥29.39, the book ¥19.60. */
    private static PriceBreakdown riceAndBook() {
        Campaign oddOff = festival(1, new Benefit.AmountOff(fen(101)), Money.ZERO, "festival");
        return Pricing.price(request(List.of(rice(yuan(10), 3), book(yuan(20))), offer(oddOff)));
    }

    private static Reversal refund(PriceBreakdown paid, List<Integer> before, List<Integer> now) {
        return RefundReversal.reverse(new RefundRequest(paid, before, now, List.of(), List.of(), NOW));
    }

    @Test
    void aPartialRefund_givesBackWhatTheItemsActuallyCost_andExplainsIt() {
        PriceBreakdown paid = riceAndBook();

        Reversal oneBag = refund(paid, List.of(0, 0), List.of(1, 0));

        assertThat(paid.lines()).extracting(LinePrice::toPay).containsExactly(fen(2939), fen(1960));
        RefundedLine line = oneBag.lines().getFirst();
        assertThat(line.quantity()).isEqualTo(1);
        assertThat(line.goods()).isEqualTo(yuan(10));
        assertThat(line.discounts()).isEqualTo(fen(20));
        assertThat(line.paid()).isEqualTo(fen(980));
        assertThat(oneBag.moneyBack()).isEqualTo(fen(980));
        assertThat(oneBag.orderFullyRefunded()).isFalse();
    }

    @Test
    void refundingALineInSteps_givesBackExactlyWhatWasPaidForIt() {
        PriceBreakdown paid = riceAndBook();

        Reversal first = refund(paid, List.of(0, 0), List.of(1, 0));
        Reversal rest = refund(paid, List.of(1, 0), List.of(2, 1));

        assertThat(first.moneyBack().plus(rest.moneyBack())).isEqualTo(paid.amountToPay());
        assertThat(rest.lines()).extracting(RefundedLine::paid).containsExactly(fen(1959), fen(1960));
        assertThat(first.pointsEarnedTakenBack() + rest.pointsEarnedTakenBack()).isEqualTo(paid.pointsToEarn());
        assertThat(rest.orderFullyRefunded()).isTrue();
    }

    @Test
    void pointsSpentOnRefundedItems_areReturned_andTheirDiscountIsNotPaidBack() {
        PriceBreakdown paid = Pricing.price(request(List.of(rice(yuan(10), 3)), List.of(), List.of(),
                new CustomerFacts(Set.of(), false, 10_000), 1_000));

        Reversal oneBag = refund(paid, List.of(0), List.of(1));
        Reversal twoMore = refund(paid, List.of(1), List.of(2));

        assertThat(paid.pointsSpent()).isEqualTo(1_000);
        assertThat(oneBag.pointsSpentReturned()).isEqualTo(333);
        assertThat(oneBag.moneyBack()).isEqualTo(fen(667));
        assertThat(oneBag.pointsSpentReturned() + twoMore.pointsSpentReturned()).isEqualTo(1_000);
        assertThat(oneBag.moneyBack().plus(twoMore.moneyBack())).isEqualTo(yuan(20));
    }

    @Test
    void anUnusedVoucher_isWithdrawnWhenTheRefundTakesTheOrderBelowTheCashbackConditions() {
        Campaign cashback = campaign(1, CampaignKind.CASHBACK_VOUCHER, TEN_YUAN_VOUCHER,
                Conditions.none().withMinimumSpend(yuan(50)), "cashback");
        PriceBreakdown paid = Pricing.price(request(List.of(rice(yuan(25), 3)), offer(cashback)));
        Coupon voucher = Coupon.cashback(couponId(9), CUSTOMER, cashback, PAYMENT, TEN_YUAN_VOUCHER, NOW);

        Reversal keepsFifty = RefundReversal.reverse(new RefundRequest(paid, List.of(0), List.of(1), List.of(),
                List.of(voucher), NOW));
        Reversal belowFifty = RefundReversal.reverse(new RefundRequest(paid, List.of(1), List.of(1), List.of(),
                List.of(voucher), NOW));

        assertThat(keepsFifty.vouchers()).isEmpty();
        assertThat(belowFifty.vouchers()).containsExactly(new VoucherReversal(cashback.id(), couponId(9),
                VoucherReversal.Action.WITHDRAW, yuan(10), Money.ZERO, Money.ZERO));
        assertThat(belowFifty.moneyBack()).isEqualTo(yuan(25));
    }

    @Test
    void aUsedVoucher_isKeptFromTheMoneyGivenBack_neverBelowZero() {
        Campaign cashback = campaign(1, CampaignKind.CASHBACK_VOUCHER, TEN_YUAN_VOUCHER, Conditions.none(),
                "cashback");
        PriceBreakdown paid = Pricing.price(request(List.of(rice(yuan(6), 2)), offer(cashback)));
        Coupon voucher = Coupon.cashback(couponId(9), CUSTOMER, cashback, PAYMENT, TEN_YUAN_VOUCHER, NOW);
        voucher.reserveFor(new PaymentId(new UUID(4, 4)), NOW);
        voucher.use(NOW);

        Reversal first = RefundReversal.reverse(new RefundRequest(paid, List.of(0), List.of(1), List.of(),
                List.of(voucher), NOW));
        Reversal last = RefundReversal.reverse(new RefundRequest(paid, List.of(1), List.of(1), List.of(),
                List.of(voucher), NOW));

        assertThat(first.vouchers()).isEmpty();
        assertThat(first.moneyBack()).isEqualTo(yuan(6));
        VoucherReversal reversal = last.vouchers().getFirst();
        assertThat(reversal.action()).isEqualTo(VoucherReversal.Action.DEDUCT_FROM_REFUND);
        assertThat(reversal.deducted()).isEqualTo(yuan(6));
        assertThat(reversal.notRecovered()).isEqualTo(yuan(4));
        assertThat(last.moneyBack()).isEqualTo(Money.ZERO);
        assertThat(last.voucherDeduction()).isEqualTo(yuan(6));
    }

    /** Spend ¥200, get a ¥20 voucher: the campaign of an order of ¥218.60 that earned it. */
    private static Campaign spendTwoHundredGetTwenty() {
        return campaign(1, CampaignKind.CASHBACK_VOUCHER, new Benefit.CashbackVoucher(yuan(20), yuan(60), 30),
                Conditions.none().withMinimumSpend(yuan(200)), "cashback");
    }

    /** A desk lamp ¥119, rice ¥59.90, a book of poems ¥19.80 and table tennis balls ¥19.90: ¥218.60. */
    private static PriceBreakdown lampRicePoemsAndBalls(Campaign cashback) {
        return Pricing.price(request(List.of(PromotionFixtures.line("HOME-0005", Category.HOME, yuan(119), 1),
                rice(fen(5990), 1), book(fen(1980)), PromotionFixtures.line("SPORT-0002", Category.SPORTS, fen(1990),
                        1)), offer(cashback)));
    }

    /** The ¥20 voucher the order earned, spent since on another order. */
    private static Coupon usedVoucher(Campaign cashback) {
        Coupon voucher = Coupon.cashback(couponId(9), CUSTOMER, cashback, PAYMENT,
                (Benefit.CashbackVoucher) cashback.benefit(), NOW);
        voucher.reserveFor(new PaymentId(new UUID(4, 4)), NOW);
        voucher.use(NOW);
        return voucher;
    }

    private static Reversal refund(PriceBreakdown paid, List<Integer> before, List<Integer> now, Coupon voucher,
                                   Money keptBefore) {
        return RefundReversal.reverse(new RefundRequest(paid, before, now, List.of(), List.of(voucher),
                Map.of(voucher.id(), keptBefore), Long.MAX_VALUE, NOW));
    }

    /**
     * Refunding the book first takes the order below ¥200, and its ¥19.80 is all kept back for the voucher; the
     * refund of the three other lines keeps the ¥0.20 left, so the customer gets back what one refund of everything
     * gives back: ¥218.60 less the voucher's ¥20.
     */
    @Test
    void aUsedVoucher_isKeptWhole_acrossTheRefunds_whenTheFirstGivesBackLessThanItsValue() {
        Campaign cashback = spendTwoHundredGetTwenty();
        PriceBreakdown paid = lampRicePoemsAndBalls(cashback);
        Coupon voucher = usedVoucher(cashback);

        Reversal poems = refund(paid, List.of(0, 0, 0, 0), List.of(0, 0, 1, 0), voucher, Money.ZERO);
        Reversal rest = refund(paid, List.of(0, 0, 1, 0), List.of(1, 1, 0, 1), voucher,
                poems.voucherDeduction());
        Reversal inOneGo = refund(paid, List.of(0, 0, 0, 0), List.of(1, 1, 1, 1), voucher, Money.ZERO);

        assertThat(paid.amountToPay()).isEqualTo(fen(218_60));
        assertThat(poems.vouchers()).containsExactly(new VoucherReversal(cashback.id(), couponId(9),
                VoucherReversal.Action.DEDUCT_FROM_REFUND, yuan(20), Money.ZERO, fen(19_80)));
        assertThat(poems.moneyBack()).isEqualTo(Money.ZERO);
        assertThat(poems.vouchers().getFirst().notRecovered()).isEqualTo(fen(20));
        assertThat(rest.vouchers()).containsExactly(new VoucherReversal(cashback.id(), couponId(9),
                VoucherReversal.Action.DEDUCT_FROM_REFUND, yuan(20), fen(19_80), fen(20)));
        assertThat(rest.moneyBack()).isEqualTo(fen(198_60));
        assertThat(poems.moneyBack().plus(rest.moneyBack())).isEqualTo(inOneGo.moneyBack()).isEqualTo(fen(198_60));
    }

    @Test
    void aUsedVoucherKeptWholeAlready_isKeptNoMore_byTheRefundsAfter() {
        Campaign cashback = spendTwoHundredGetTwenty();
        PriceBreakdown paid = lampRicePoemsAndBalls(cashback);
        Coupon voucher = usedVoucher(cashback);

        Reversal lamp = refund(paid, List.of(0, 0, 0, 0), List.of(1, 0, 0, 0), voucher, Money.ZERO);
        Reversal rice = refund(paid, List.of(1, 0, 0, 0), List.of(0, 1, 0, 0), voucher, lamp.voucherDeduction());

        assertThat(lamp.voucherDeduction()).isEqualTo(yuan(20));
        assertThat(lamp.moneyBack()).isEqualTo(yuan(99));
        assertThat(rice.vouchers()).isEmpty();
        assertThat(rice.moneyBack()).isEqualTo(fen(59_90));
    }

    /**
     * The refund that took the order below ¥200 found the voucher unused and withdrew it, but the customer spent it
     * before the withdrawal was made: the order's next refund keeps its value.
     */
    @Test
    void aVoucherSpentBeforeTheRefundThatUndidItCouldWithdrawIt_isKeptFromTheNextRefund() {
        Campaign cashback = spendTwoHundredGetTwenty();
        PriceBreakdown paid = lampRicePoemsAndBalls(cashback);
        Coupon voucher = usedVoucher(cashback);

        Reversal rice = refund(paid, List.of(0, 0, 1, 0), List.of(0, 1, 0, 0), voucher, Money.ZERO);

        assertThat(rice.vouchers()).extracting(VoucherReversal::action, VoucherReversal::deducted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VoucherReversal.Action.DEDUCT_FROM_REFUND,
                        yuan(20)));
        assertThat(rice.moneyBack()).isEqualTo(fen(39_90));
    }

    /**
     * Wireless earbuds paid ¥369 and earned 369 points, of which the customer has spent all but 69: the refund takes
     * back the 69, never leaving the balance below zero, and keeps the 300 spent, worth ¥3.00, from the money.
     */
    @Test
    void earnedPointsTheCustomerSpentAlready_areKeptFromTheMoneyAtTheirValue_andTheBalanceNeverGoesBelowZero() {
        PriceBreakdown paid = Pricing.price(request(List.of(phone(yuan(369)))));

        Reversal spentMost = RefundReversal.reverse(new RefundRequest(paid, List.of(0), List.of(1), List.of(),
                List.of(), Map.of(), 69, NOW));
        Reversal heldAll = RefundReversal.reverse(new RefundRequest(paid, List.of(0), List.of(1), List.of(),
                List.of(), Map.of(), 369, NOW));

        assertThat(paid.pointsToEarn()).isEqualTo(369);
        assertThat(spentMost.pointsEarnedTakenBack()).isEqualTo(69);
        assertThat(spentMost.pointsEarnedSpent()).isEqualTo(300);
        assertThat(spentMost.pointsDeduction()).isEqualTo(yuan(3));
        assertThat(spentMost.moneyBack()).isEqualTo(yuan(366));
        assertThat(heldAll.pointsEarnedTakenBack()).isEqualTo(369);
        assertThat(heldAll.pointsEarnedSpent()).isZero();
        assertThat(heldAll.moneyBack()).isEqualTo(yuan(369));
    }

    @Test
    void pointsTheRefundReturns_countWithTheBalance_forTakingBackThePointsEarned() {
        PriceBreakdown paid = Pricing.price(request(List.of(rice(yuan(100), 3)), List.of(), List.of(),
                new CustomerFacts(Set.of(), false, 10_000), 3_000));

        Reversal oneBag = RefundReversal.reverse(new RefundRequest(paid, List.of(0), List.of(1), List.of(),
                List.of(), Map.of(), 0, NOW));

        assertThat(oneBag.pointsSpentReturned()).isEqualTo(1_000);
        assertThat(oneBag.pointsEarnedTakenBack()).as("¥90 paid for it earned 90").isEqualTo(90);
        assertThat(oneBag.pointsEarnedSpent()).isZero();
        assertThat(oneBag.moneyBack()).isEqualTo(yuan(90));
    }

    @Test
    void aCoupon_goesBackWhenEveryItemItWasSharedOnIsRefunded_ifStillValid() {
        Campaign electronicsCoupon = campaign(1, CampaignKind.WALLET_COUPON, off(30),
                alipay().withCategories(Set.of(Category.ELECTRONICS)), "jd-coupon");
        Coupon coupon = claimed(1, electronicsCoupon);
        PriceBreakdown paid = Pricing.price(request(List.of(phone(yuan(300)), book(yuan(20))), List.of(),
                List.of(coupon), CustomerFacts.newCustomer(), 0));
        coupon.reserveFor(PAYMENT, NOW);
        coupon.use(NOW);

        Reversal bookOnly = RefundReversal.reverse(new RefundRequest(paid, List.of(0, 0), List.of(0, 1),
                List.of(coupon), List.of(), NOW));
        Reversal phone = RefundReversal.reverse(new RefundRequest(paid, List.of(0, 1), List.of(1, 0),
                List.of(coupon), List.of(), NOW));
        Reversal phoneAfterExpiry = RefundReversal.reverse(new RefundRequest(paid, List.of(0, 1), List.of(1, 0),
                List.of(coupon), List.of(), NOW.plus(Duration.ofDays(40))));

        assertThat(bookOnly.couponsReturned()).isEmpty();
        assertThat(phone.couponsReturned()).containsExactly(new CouponReturn(couponId(1), "Campaign 1", "活动1",
                true));
        assertThat(phone.moneyBack()).isEqualTo(yuan(270));
        assertThat(phoneAfterExpiry.couponsReturned()).extracting(CouponReturn::stillValid).containsExactly(false);
    }

    @Test
    void aRefundOfMoreItemsThanTheLineHasLeft_isRefused() {
        PriceBreakdown paid = riceAndBook();

        assertThatThrownBy(() -> refund(paid, List.of(2, 0), List.of(2, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> refund(paid, List.of(0, 0), List.of(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVoucherCondition_countsTheKeptItemsAsPricingDid_afterTheDiscountsOfTheLevelsBefore() {
        Campaign electronicsCoupon = campaign(1, CampaignKind.WALLET_COUPON, off(10),
                alipay().withCategories(Set.of(Category.ELECTRONICS)), "jd-coupon");
        Coupon coupon = claimed(1, electronicsCoupon);
        Campaign firstAlipay = PromotionFixtures.firstPayment(2, new Benefit.CashbackVoucher(yuan(5), Money.ZERO,
                30), yuan(50));
        PriceBreakdown paid = Pricing.price(request(List.of(phone(yuan(55)), book(yuan(10))),
                List.of(offer(electronicsCoupon), offer(firstAlipay)), List.of(coupon), CustomerFacts.newCustomer(),
                0));
        Coupon voucher = Coupon.cashback(couponId(9), CUSTOMER, firstAlipay, PAYMENT,
                (Benefit.CashbackVoucher) firstAlipay.benefit(), NOW);

        Reversal bookRefunded = RefundReversal.reverse(new RefundRequest(paid, List.of(0, 0), List.of(0, 1),
                List.of(coupon), List.of(voucher), NOW));

        assertThat(paid.vouchers()).hasSize(1);
        assertThat(bookRefunded.vouchers()).extracting(VoucherReversal::action)
                .containsExactly(VoucherReversal.Action.WITHDRAW);
        assertThat(bookRefunded.moneyBack()).isEqualTo(yuan(10));
        assertThat(bookRefunded.couponsReturned()).isEmpty();
    }

    /** Two bags of rice at ¥25.50 doubled (51 extra points on the rice) and a book at ¥10 earning its 10 points. */
    private static PriceBreakdown doublePointsOnRice() {
        Campaign doubleGroceries = campaign(1, CampaignKind.POINTS_MULTIPLIER, new Benefit.PointsMultiplier(2),
                alipay().withCategories(Set.of(Category.GROCERIES)), "points");
        return Pricing.price(request(List.of(rice(Money.ofYuan(25, 50), 2), book(yuan(10))), offer(doubleGroceries)));
    }

    @Test
    void refundingDoubledItems_tellsTheExtraPointsApart_soTheMultiplierGetsItsBudgetBack() {
        PriceBreakdown paid = doublePointsOnRice();

        Reversal oneBag = refund(paid, List.of(0, 0), List.of(1, 0));
        Reversal theRest = refund(paid, List.of(1, 0), List.of(1, 1));

        assertThat(oneBag.pointsEarnedTakenBack()).isEqualTo(51);
        assertThat(oneBag.boostPointsTakenBack()).isEqualTo(26);
        assertThat(theRest.boostPointsTakenBack()).isEqualTo(25);
        assertThat(oneBag.boostPointsTakenBack() + theRest.boostPointsTakenBack()).isEqualTo(51);
        assertThat(oneBag.pointsEarnedTakenBack() + theRest.pointsEarnedTakenBack()).isEqualTo(paid.pointsToEarn());
    }

    @Test
    void refundingOnlyItemsTheMultiplierDidNotTouch_takesBackNoExtraPoints() {
        Reversal book = refund(doublePointsOnRice(), List.of(0, 0), List.of(0, 1));

        assertThat(book.pointsEarnedTakenBack()).isEqualTo(10);
        assertThat(book.boostPointsTakenBack()).isZero();
    }

    @Test
    void withoutAMultiplier_noPointIsCountedAsExtra() {
        Reversal everything = refund(riceAndBook(), List.of(0, 0), List.of(3, 1));

        assertThat(everything.pointsEarnedTakenBack()).isPositive();
        assertThat(everything.boostPointsTakenBack()).isZero();
    }
}
