package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.NOVEL;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.PurchaseFilter;
import org.hexmall.application.port.in.payment.PurchaseRecords.Purchase;
import org.hexmall.application.port.in.payment.PurchaseRecords;
import org.hexmall.application.port.in.payment.PurchaseStatus;
import org.hexmall.application.service.payment.shared.Refunds;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * "My orders": the customer's purchases with the wallet that paid each, grouped by the month they were placed
 * in (in Beijing time, the store's), newest first, and filtered as the customer asks.
 */
class ListPurchasesTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(2);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final BindingId wechat;

    ListPurchasesTest() {
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        wechat = hexmall.walletBound(customer, PHONE, WECHAT_PAY, "13800000002");
        hexmall.stock(TEA, NOVEL, CHARGER);
    }

    @Test
    void theOrders_areGroupedByMonthNewestMonthAndNewestOrderFirst() {
        OrderId teaInNovember = hexmall.orderOf(customer, TEA);
        moveTo("2025-11-20T02:00:00Z");
        OrderId novelInNovember = hexmall.orderOf(customer, NOVEL);
        moveTo("2025-12-03T02:00:00Z");
        OrderId chargerInDecember = hexmall.orderOf(customer, CHARGER);

        PurchaseRecords records = list(PurchaseFilter.ALL);

        assertThat(records.months()).extracting(PurchaseRecords.Month::month)
                .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2025, 11));
        assertThat(records.months().getFirst().purchases()).extracting(purchase -> purchase.order().id())
                .containsExactly(chargerInDecember);
        assertThat(records.months().getLast().purchases()).extracting(purchase -> purchase.order().id())
                .containsExactly(novelInNovember, teaInNovember);
    }

    @Test
    void anOrderPlacedJustAfterMidnightInBeijingOnTheFirst_belongsToTheNewMonth() {
        moveTo("2025-11-30T15:30:00Z"); // 23:30 on 30 November in Beijing
        OrderId lastOfNovember = hexmall.orderOf(customer, TEA);
        moveTo("2025-11-30T16:30:00Z"); // 00:30 on 1 December in Beijing
        OrderId firstOfDecember = hexmall.orderOf(customer, NOVEL);

        PurchaseRecords records = list(PurchaseFilter.ALL);

        assertThat(records.months()).extracting(PurchaseRecords.Month::month,
                        month -> month.purchases().stream().map(purchase -> purchase.order().id()).toList())
                .containsExactly(tuple(YearMonth.of(2025, 12), List.of(firstOfDecember)),
                        tuple(YearMonth.of(2025, 11), List.of(lastOfNovember)));
    }

    @Test
    void eachPaidOrder_showsTheWalletThatPaidItAndAnUnpaidOneNone() {
        OrderId paidWithAlipay = paidOrderOf(ALIPAY, TEA);
        OrderId paidWithWechat = paidOrderOf(WECHAT_PAY, NOVEL);
        OrderId unpaid = hexmall.orderOf(customer, CHARGER);

        List<Purchase> purchases = purchases(PurchaseFilter.ALL);

        assertThat(purchases).extracting(purchase -> purchase.order().id(),
                        purchase -> purchase.paidWith().map(PaymentView::provider))
                .containsExactly(tuple(unpaid, Optional.empty()),
                        tuple(paidWithWechat, Optional.of(WECHAT_PAY)),
                        tuple(paidWithAlipay, Optional.of(ALIPAY)));
    }

    @Test
    void filteringByWallet_listsOnlyTheOrdersPaidWithIt() {
        OrderId paidWithAlipay = paidOrderOf(ALIPAY, TEA);
        paidOrderOf(WECHAT_PAY, NOVEL);
        hexmall.orderOf(customer, CHARGER);

        List<Purchase> purchases = purchases(new PurchaseFilter(Optional.of(ALIPAY), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(purchases).extracting(purchase -> purchase.order().id()).containsExactly(paidWithAlipay);
    }

    @Test
    void filteringByStatus_listsOnlyTheOrdersInIt() {
        OrderId paidWithAlipay = paidOrderOf(ALIPAY, TEA);
        OrderId paidWithWechat = paidOrderOf(WECHAT_PAY, NOVEL);
        OrderId unpaid = hexmall.orderOf(customer, CHARGER);

        assertThat(purchases(byStatus(PurchaseStatus.PAID))).extracting(purchase -> purchase.order().id())
                .containsExactly(paidWithWechat, paidWithAlipay);
        assertThat(purchases(byStatus(PurchaseStatus.AWAITING_PAYMENT)))
                .extracting(purchase -> purchase.order().id()).containsExactly(unpaid);
    }

    @Test
    void aPaidOrder_showsWhatTheWalletCharged_afterThePointsSpent_besideItsGoodsTotal() {
        hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, PointsEntryKind.COMPENSATION, 500,
                Optional.empty(), "Parcel late", hexmall.clock.instant())));
        OrderId order = hexmall.orderOf(customer, TEA);
        PayResult started = hexmall.payForOrder.pay(new PayCommand(customer, order, Optional.empty(),
                Optional.empty(), InMemoryHexmall.PAYMENT_RETURN, Optional.empty(),
                InMemoryHexmall.RECONFIRMATION_RETURN, 500));
        hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(started)));
        hexmall.clock.advance(Duration.ofMinutes(1));
        OrderId unpaid = hexmall.orderOf(customer, NOVEL);

        assertThat(purchases(PurchaseFilter.ALL)).extracting(purchase -> purchase.order().id(),
                        purchase -> purchase.order().total(), Purchase::amountPaid, Purchase::status)
                .containsExactly(tuple(unpaid, Money.ofYuan(23, 0), Optional.empty(), PurchaseStatus.AWAITING_PAYMENT),
                        tuple(order, Money.ofYuan(29, 90), Optional.of(Money.ofYuan(24, 90)), PurchaseStatus.PAID));
    }

    @Test
    void anOrderWhoseMoneyWentBack_readsAsRefundedInFullOrInPart_andIsFoundSo_notAsPaid() {
        OrderId refundedInFull = paidOrderOf(ALIPAY, TEA);
        OrderId refundedInPart = paidOrderOf(ALIPAY, CHARGER);
        OrderId paid = paidOrderOf(WECHAT_PAY, NOVEL);
        Refunds refunds = new Refunds(hexmall.storage.payments(), hexmall.storage.orders(),
                hexmall.storage.transactions(), hexmall.walletGateway(), hexmall.clock);
        refunds.refund(paymentOf(refundedInFull), "RF-0001", Money.ofYuan(29, 90), RefundReason.CUSTOMER_REQUEST);
        refunds.refund(paymentOf(refundedInPart), "RF-0002", Money.ofYuan(3, 0), RefundReason.CUSTOMER_REQUEST);

        assertThat(purchases(PurchaseFilter.ALL)).extracting(purchase -> purchase.order().id(), Purchase::status)
                .containsExactly(tuple(paid, PurchaseStatus.PAID),
                        tuple(refundedInPart, PurchaseStatus.PARTLY_REFUNDED),
                        tuple(refundedInFull, PurchaseStatus.REFUNDED));
        assertThat(purchases(byStatus(PurchaseStatus.REFUNDED))).extracting(purchase -> purchase.order().id())
                .containsExactly(refundedInFull);
        assertThat(purchases(byStatus(PurchaseStatus.PARTLY_REFUNDED)))
                .extracting(purchase -> purchase.order().id()).containsExactly(refundedInPart);
        assertThat(purchases(byStatus(PurchaseStatus.PAID))).extracting(purchase -> purchase.order().id())
                .containsExactly(paid);
        assertThat(purchases(PurchaseFilter.ALL)).filteredOn(purchase -> purchase.order().id().equals(refundedInFull))
                .singleElement().extracting(Purchase::amountPaid).isEqualTo(Optional.of(Money.ofYuan(29, 90)));
    }

    /** Unpaid orders close whenever they are viewed, so a customer never sees an overdue order as payable. */
    @Test
    void anOrderWhoseTimeToPayRanOut_isListedAsClosed() {
        OrderId overdue = hexmall.orderOf(customer, TEA);
        hexmall.clock.advance(InMemoryHexmall.CHECKOUT.unpaidOrderTimeout());

        assertThat(purchases(PurchaseFilter.ALL)).extracting(purchase -> purchase.order().status())
                .containsExactly(OrderStatus.CLOSED);
        assertThat(purchases(byStatus(PurchaseStatus.CLOSED))).extracting(purchase -> purchase.order().id())
                .containsExactly(overdue);
    }

    @Test
    void filteringByDates_countsTheDaysInBeijing() {
        moveTo("2025-11-11T15:30:00Z"); // 23:30 on 11 November in Beijing
        OrderId on11th = hexmall.orderOf(customer, TEA);
        moveTo("2025-11-11T16:30:00Z"); // 00:30 on 12 November in Beijing
        OrderId on12th = hexmall.orderOf(customer, NOVEL);
        moveTo("2025-11-13T03:00:00Z"); // 11:00 on 13 November in Beijing
        OrderId on13th = hexmall.orderOf(customer, CHARGER);

        assertThat(purchases(between(LocalDate.of(2025, 11, 12), LocalDate.of(2025, 11, 12))))
                .extracting(purchase -> purchase.order().id()).containsExactly(on12th);
        assertThat(purchases(between(LocalDate.of(2025, 11, 12), LocalDate.of(2025, 11, 13))))
                .extracting(purchase -> purchase.order().id()).containsExactly(on13th, on12th);
        assertThat(purchases(new PurchaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2025, 11, 11)), Optional.empty())))
                .extracting(purchase -> purchase.order().id()).containsExactly(on11th);
    }

    @Test
    void filteringByCategory_listsOnlyTheOrdersWithSomethingInIt() {
        OrderId teaAndNovel = hexmall.orderOf(customer, TEA, NOVEL);
        hexmall.orderOf(customer, CHARGER);
        OrderId novel = hexmall.orderOf(customer, NOVEL);

        List<Purchase> books = purchases(new PurchaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Category.BOOKS)));

        assertThat(books).extracting(purchase -> purchase.order().id()).containsExactlyInAnyOrder(teaAndNovel, novel);
    }

    @Test
    void aChargeOfAnOrderThatHadClosed_isNotShownAsPayingIt() {
        OrderId order = hexmall.orderOf(customer, TEA);
        URI alipayPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));
        hexmall.clock.advance(InMemoryHexmall.CHECKOUT.unpaidOrderTimeout().plusMinutes(1));
        hexmall.closeOverdueOrders.close();
        hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, alipayPage));

        List<Purchase> purchases = purchases(PurchaseFilter.ALL);

        assertThat(purchases).singleElement().satisfies(purchase -> {
            assertThat(purchase.order().status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(purchase.paidWith()).isEmpty();
        });
        assertThat(purchases(new PurchaseFilter(Optional.of(ALIPAY), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void anotherCustomersOrders_areNotListed() {
        paidOrderOf(ALIPAY, TEA);
        CustomerId stranger = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.listPurchases.list(stranger, PurchaseFilter.ALL).isEmpty()).isTrue();
    }

    /** The customer settles the product and pays it with that wallet, all the way; a minute passes after. */
    private OrderId paidOrderOf(WalletProvider provider, Product product) {
        OrderId order = hexmall.orderOf(customer, product);
        PaymentReturn back = hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(provider,
                InMemoryHexmall.payPage(provider == WECHAT_PAY ? hexmall.payWith(customer, order, wechat)
                        : hexmall.pay(customer, order))));
        assertThat(back).as("paying with " + provider).isInstanceOf(PaymentReturn.Paid.class);
        hexmall.clock.advance(Duration.ofMinutes(1));
        return order;
    }

    private PaymentId paymentOf(OrderId order) {
        return purchases(PurchaseFilter.ALL).stream().filter(purchase -> purchase.order().id().equals(order))
                .findFirst().flatMap(Purchase::paidWith).orElseThrow().id();
    }

    private void moveTo(String instant) {
        Instant target = Instant.parse(instant);
        assertThat(target).as("the clock only moves forward").isAfterOrEqualTo(hexmall.clock.instant());
        hexmall.clock.advance(Duration.between(hexmall.clock.instant(), target));
    }

    private PurchaseRecords list(PurchaseFilter filter) {
        return hexmall.listPurchases.list(customer, filter);
    }

    /** Every purchase listed, month after month, as the page shows them from the top. */
    private List<Purchase> purchases(PurchaseFilter filter) {
        return list(filter).months().stream().flatMap(month -> month.purchases().stream()).toList();
    }

    private static PurchaseFilter byStatus(PurchaseStatus status) {
        return new PurchaseFilter(Optional.empty(), Optional.of(status), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static PurchaseFilter between(LocalDate from, LocalDate to) {
        return new PurchaseFilter(Optional.empty(), Optional.empty(), Optional.of(from), Optional.of(to),
                Optional.empty());
    }
}
