package org.hexmall.domain.refund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignOffer;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.CustomerFacts;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.Pricing;
import org.hexmall.domain.promotion.PricingRequest;
import org.hexmall.domain.promotion.RefundRequest;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * A refund priced after the order's other refund cases: what it gives back and undoes adds up with theirs, so that
 * what the agent and the customer read before it is made is what it makes.
 */
class RefundQuoteTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");
    private static final OrderNumber NUMBER = OrderNumber.generate(java.time.LocalDate.of(2026, 12, 6),
            new java.util.Random(7));
    private static final OrderId ORDER = new OrderId(new UUID(3, 3));
    private static final PaymentId PAYMENT = new PaymentId(new UUID(4, 4));
    private static final CustomerId CUSTOMER = new CustomerId(new UUID(5, 5));
    private static final AgentRef WANG = new AgentRef(new AgentId(new UUID(1, 1)), "wang.fang");
    private static final AgentRef ZHAO = new AgentRef(new AgentId(new UUID(2, 2)), "zhao.lei");

    private static OrderLine line(String code, Category category, Money unitPrice, int quantity) {
        return new OrderLine(new ProductId(code), code, code, category, unitPrice, quantity);
    }

    private static PriceBreakdown price(List<OrderLine> lines, List<CampaignOffer> campaigns, long pointsToSpend) {
        return Pricing.price(new PricingRequest(lines, WalletProvider.ALIPAY, campaigns, List.of(),
                new CustomerFacts(Set.of(), true, 10_000), pointsToSpend, NOW));
    }

    private static RefundQuote quote(PriceBreakdown paid, RefundsBefore before, List<Integer> quantities,
                                     List<Coupon> vouchers, long balance) {
        return RefundQuote.reversing(new RefundRequest(paid, before.items(), quantities, List.of(), vouchers,
                before.voucherDeducted(), balance + before.pointsStillToMove(), NOW));
    }

    private static RefundCase byAgent(RefundQuote quote, boolean needsApproval) {
        return RefundCase.askedByAgent(new RefundCaseId(UUID.randomUUID()), ORDER, NUMBER, PAYMENT, CUSTOMER,
                RefundCategory.DAMAGED, "", quote, WANG, needsApproval, NOW);
    }

    private static RefundCase byCustomer(RefundQuote quote) {
        return RefundCase.askedByCustomer(new RefundCaseId(UUID.randomUUID()), ORDER, NUMBER, PAYMENT, CUSTOMER,
                RefundCategory.CHANGED_MIND, "", quote, NOW);
    }

    /**
     * Jasmine tea × 2 (¥68) and rice (¥59.90), ¥1 paid with points: the tea line paid ¥135.31, ¥67.66 for its first
     * item and ¥67.65 for its second. An agent's refund of a tea and the rice waits for a supervisor; the customer
     * then asks for the other tea, which is priced as the second item, as it will be once the agent's goes first.
     */
    @Test
    void aCustomersRequest_isPricedAfterTheItemsAWaitingRefundHolds_andShowsWhatItWillRefund() {
        PriceBreakdown paid = price(List.of(line("GROC-0001", Category.GROCERIES, Money.ofYuan(68, 0), 2),
                line("GROC-0002", Category.GROCERIES, Money.ofYuan(59, 90), 1)), List.of(), 100);
        List<RefundCase> cases = new java.util.ArrayList<>();
        RefundCase agents = byAgent(quote(paid, RefundsBefore.sentToProvider(2, cases), List.of(1, 1), List.of(),
                10_000), true);
        cases.add(agents);

        RefundCase request = byCustomer(quote(paid, RefundsBefore.holdingItems(2, cases), List.of(1, 0), List.of(),
                10_000));
        agents.approve(ZHAO, quote(paid, RefundsBefore.sentToProvider(2, List.of(request)), List.of(1, 1),
                List.of(), 10_000), NOW);
        agents.refunded(NOW);
        RefundQuote taken = quote(paid, RefundsBefore.sentToProvider(2, List.of(agents)), List.of(1, 0), List.of(),
                10_000);

        assertThat(paid.lines().getFirst().toPay()).isEqualTo(Money.ofFen(135_31));
        assertThat(agents.lines().getFirst().paid()).isEqualTo(Money.ofFen(67_66));
        assertThat(request.amount()).isEqualTo(Money.ofFen(67_65)).isEqualTo(taken.moneyBack());
        assertThat(request.effects()).isEqualTo(taken.effects());
        assertThat(request.effects().pointsTakenBack()).isEqualTo(67);
        assertThat(request.effects().pointsReturned()).isEqualTo(35);
    }

    /**
     * Spend ¥200, get ¥20: the order of ¥218.60 earned the voucher, which the customer used. The first refund, of the
     * ¥19.80 book, keeps all of its money for the voucher; the refund of the rest, priced after it, keeps the ¥0.20
     * left, and the campaign's budget gets the whole ¥20 back.
     */
    @Test
    void theRefundAfterOneThatKeptPartOfAUsedVoucher_keepsTheRest_andGivesItsCampaignTheRestBack() {
        Campaign cashback = Campaign.create(new CampaignId(new UUID(6, 6)), "Spend ¥200, get ¥20", "满200返20",
                CampaignKind.CASHBACK_VOUCHER, Conditions.none().withMinimumSpend(Money.ofYuan(200, 0)),
                new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ofYuan(60, 0), 30),
                new StackingGroup("cashback"), 0,
                new CampaignWindow(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7))), Money.ofYuan(2_000, 0),
                3);
        PriceBreakdown paid = price(List.of(line("HOME-0005", Category.HOME, Money.ofYuan(119, 0), 1),
                line("GROC-0002", Category.GROCERIES, Money.ofYuan(59, 90), 1),
                line("BOOK-0004", Category.BOOKS, Money.ofYuan(19, 80), 1),
                line("SPORT-0002", Category.SPORTS, Money.ofYuan(19, 90), 1)),
                List.of(new CampaignOffer(cashback, Money.ZERO, 0)), 0);
        Coupon voucher = Coupon.cashback(new CouponId(new UUID(7, 7)), CUSTOMER, cashback, PAYMENT,
                (Benefit.CashbackVoucher) cashback.benefit(), NOW);
        voucher.reserveFor(new PaymentId(new UUID(8, 8)), NOW);
        voucher.use(NOW);
        RefundCase poems = byAgent(quote(paid, RefundsBefore.sentToProvider(4, List.of()), List.of(0, 0, 1, 0),
                List.of(voucher), 10_000), false);
        poems.refunded(NOW);

        RefundQuote rest = quote(paid, RefundsBefore.sentToProvider(4, List.of(poems)), List.of(1, 1, 0, 1),
                List.of(voucher), 10_000);

        assertThat(poems.amount()).isEqualTo(Money.ZERO);
        assertThat(poems.effects().vouchersDeducted()).isEqualTo(Map.of(voucher.id(), Money.ofFen(19_80)));
        assertThat(rest.effects().vouchersDeducted()).isEqualTo(Map.of(voucher.id(), Money.ofFen(20)));
        assertThat(rest.moneyBack()).isEqualTo(Money.ofFen(198_60));
        assertThat(rest.effects().budgetReversals()).containsExactly(new BudgetReversal(cashback.id(),
                Money.ofFen(20)));
    }

    /**
     * Points a refund on its way will take back are not off the balance until its money is back: a refund priced
     * after it counts them, so that together they never take back more than the customer holds.
     */
    @Test
    void pointsARefundOnItsWayWillTakeBack_countAgainstTheBalance_ofTheRefundPricedAfterIt() {
        PriceBreakdown paid = price(List.of(line("ELEC-0001", Category.ELECTRONICS, Money.ofYuan(100, 0), 2)),
                List.of(), 0);
        RefundCase first = byAgent(quote(paid, RefundsBefore.sentToProvider(1, List.of()), List.of(1), List.of(),
                150), false);

        RefundsBefore before = RefundsBefore.sentToProvider(1, List.of(first));
        RefundQuote second = quote(paid, before, List.of(1), List.of(), 150);

        assertThat(first.effects().pointsTakenBack()).isEqualTo(100);
        assertThat(before.pointsStillToMove()).isEqualTo(-100);
        assertThat(second.effects().pointsTakenBack()).isEqualTo(50);
        assertThat(second.effects().pointsSpentAlready()).isEqualTo(50);
        assertThat(second.effects().pointsDeduction()).isEqualTo(Money.ofFen(50));
        assertThat(second.moneyBack()).isEqualTo(Money.ofFen(99_50));
        first.refunded(NOW);
        assertThat(RefundsBefore.sentToProvider(1, List.of(first)).pointsStillToMove()).as("on the balance now")
                .isZero();
    }
}
