package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.payment.SimulatedRefund;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * At most one payment of an order can charge the customer. Paying with WeChat Pay while an Alipay payment waits in
 * the Alipay app first closes the Alipay one at its provider, so confirming it later charges nothing. What can still
 * charge an order that needs no payment is a payment confirmed after its order closed: that charge goes back in full,
 * by itself, once however often its result arrives.
 */
class DoublePaymentTest {

    private static final String PHONE = "13800138000";
    /** Tea and a charger: ¥29.90 + ¥89.00. */
    private static final Money TOTAL = Money.ofYuan(118, 90);

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(2);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier alipayAccount = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final WalletAccountIdentifier wechatAccount = hexmall.walletAccountAt(WECHAT_PAY, "13800000002");
    private final OrderId order;
    private final BindingId wechat;

    DoublePaymentTest() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.clock.advance(Duration.ofMinutes(1));
        wechat = hexmall.boundWallet(customer, PHONE, WECHAT_PAY, "13800000002");
        hexmall.stock(TEA, CHARGER);
        order = hexmall.orderOf(customer, TEA, CHARGER);
    }

    @Test
    void payingWithWechatPayWhileAlipayWaits_closesTheAlipayPaymentFirst_soConfirmingItLaterChargesNothing() {
        URI alipayPage = startWithAlipay();
        payWithWechatPay();

        PayAttempt late = hexmall.typePaymentPassword(ALIPAY, alipayPage, InMemoryHexmall.WALLET_PAYMENT_PASSWORD);

        assertThat(late).isNotInstanceOf(PayAttempt.Paid.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
        assertThat(hexmall.balanceOf(WECHAT_PAY, wechatAccount)).isEqualTo(500_00 - TOTAL.fen());
        assertThat(hexmall.paymentSeenBy(customer, alipayPaymentOfTheOrder()).status())
                .isEqualTo(PaymentStatus.CLOSED);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anAlipayPaymentConfirmedJustBeforeTheSwitch_isFoundPaidWhenClosing_andNothingElseStarts() {
        URI alipayPage = startWithAlipay();
        hexmall.typePaymentPassword(ALIPAY, alipayPage, InMemoryHexmall.WALLET_PAYMENT_PASSWORD);

        PayResult withWechatPay = hexmall.payWith(customer, order, wechat);

        assertThat(withWechatPay).isEqualTo(new PayResult.AlreadyPaid(order));
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(hexmall.paymentSeenBy(customer, alipayPaymentOfTheOrder()).status())
                .isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(hexmall.balanceOf(WECHAT_PAY, wechatAccount)).isEqualTo(500_00);
    }

    @Test
    void whenAlipayCannotBeReachedToCloseItsPayment_noWechatPaymentStarts() {
        startWithAlipay();
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);

        PayResult withWechatPay = hexmall.payWith(customer, order, wechat);

        assertThat(withWechatPay).isEqualTo(new PayResult.PaymentUnderWay(alipayPaymentOfTheOrder()));
        assertThat(hexmall.wallets.payments().all()).extracting(payment -> payment.provider()).containsOnly(ALIPAY);
    }

    @Test
    void aSuccessForAnOrderThatClosedUnpaid_isRefundedInFullAndTheOrderStaysClosed() {
        PaymentId alipayPayment = paidAfterTheOrderClosed();

        PaymentView late = hexmall.paymentSeenBy(customer, alipayPayment);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(late.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(late.refunded()).isEqualTo(TOTAL);
        assertThat(late.refundDue()).isFalse();
        assertThat(late.lastWord()).isEqualTo("REFUNDED");
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, alipayPayment)).extracting(SimulatedRefund::amountFen)
                .containsExactly(TOTAL.fen());
    }

    @Test
    void theAgent_seesTheChargeThatWasNotNeededAndItsRefund() {
        PaymentId alipayPayment = paidAfterTheOrderClosed();

        PaymentView seenByAgent = hexmall.paymentSeenByAgent(alipayPayment);
        assertThat(InMemoryHexmall.timesNoted(seenByAgent, PaymentNote.DOUBLE_PAYMENT)).isOne();
        assertThat(seenByAgent.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.reason()).isEqualTo(RefundReason.DOUBLE_PAYMENT);
            assertThat(refund.amount()).isEqualTo(TOTAL);
        });
    }

    @Test
    void aRefundTheProviderCannotMakeNow_isOwedUntilReconciliationMakesItOnce() {
        URI alipayPage = startWithAlipay();
        closeTheOrder();
        Map<String, String> lateSuccess = hexmall.payInWalletApp(ALIPAY, alipayPage);
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);

        hexmall.comeBackFromPaying(customer, lateSuccess);

        PaymentId alipayPayment = alipayPaymentOfTheOrder();
        assertThat(hexmall.paymentSeenBy(customer, alipayPayment).refundDue()).isTrue();
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
        hexmall.reconcilePayments.reconcile();
        assertThat(hexmall.paymentSeenBy(customer, alipayPayment).refundDue()).isTrue();

        hexmall.wallets.faults().remove(ALIPAY);
        hexmall.reconcilePayments.reconcile();
        hexmall.reconcilePayments.reconcile();

        PaymentView refunded = hexmall.paymentSeenBy(customer, alipayPayment);
        assertThat(refunded.refundDue()).isFalse();
        assertThat(refunded.refunds()).extracting(Refund::reason).containsExactly(RefundReason.DOUBLE_PAYMENT);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, alipayPayment)).hasSize(1);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
    }

    @Test
    void aLateSuccessThatArrivesOverAndOver_isRefundedOnce() {
        URI alipayPage = startWithAlipay();
        closeTheOrder();
        try (WalletNotifyEndpoint notifyEndpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            hexmall.wallets.faults().inject(ALIPAY, Fault.DUPLICATE_NOTIFICATIONS);
            Map<String, String> lateSuccess = hexmall.payInWalletApp(ALIPAY, alipayPage);
            hexmall.comeBackFromPaying(customer, lateSuccess);
            hexmall.reconcilePayments.reconcile();
            assertThat(notifyEndpoint.received()).as("the provider notified three times").hasSize(3);
        }

        PaymentId alipayPayment = alipayPaymentOfTheOrder();
        assertThat(hexmall.paymentSeenByAgent(alipayPayment).refunds()).hasSize(1);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, alipayPayment)).hasSize(1);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
    }

    /** Alipay started and left open, the order closed when its time ran out, then the Alipay page confirmed. */
    private PaymentId paidAfterTheOrderClosed() {
        URI alipayPage = startWithAlipay();
        closeTheOrder();
        PaymentReturn late = hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, alipayPage));
        assertThat(late).as("the late Alipay result is genuine").isInstanceOf(PaymentReturn.ChargedAndRefunded.class);
        return alipayPaymentOfTheOrder();
    }

    /** "Pay" with the preferred wallet, Alipay: the customer is sent to its pay page and leaves it open. */
    private URI startWithAlipay() {
        URI page = InMemoryHexmall.payPage(hexmall.pay(customer, order));
        hexmall.clock.advance(Duration.ofMinutes(1));
        return page;
    }

    /** The order's time to pay runs out, and housekeeping closes it (before reconciliation gets to its payment). */
    private void closeTheOrder() {
        hexmall.clock.advance(InMemoryHexmall.CHECKOUT.unpaidOrderTimeout());
        hexmall.closeOverdueOrders.close();
    }

    /** The customer chooses WeChat Pay instead and pays the order with it, all the way. */
    private void payWithWechatPay() {
        PayResult started = hexmall.payWith(customer, order, wechat);
        PaymentReturn back = hexmall.comeBackFromPaying(customer,
                hexmall.payInWalletApp(WECHAT_PAY, InMemoryHexmall.payPage(started)));
        assertThat(back).as("paying with WeChat Pay").isInstanceOf(PaymentReturn.Paid.class);
        hexmall.clock.advance(Duration.ofMinutes(1));
    }

    private PaymentId alipayPaymentOfTheOrder() {
        return hexmall.viewOrderForAgent.view(order).orElseThrow().payments().stream()
                .filter(payment -> payment.provider() == ALIPAY)
                .map(PaymentView::id)
                .findFirst().orElseThrow();
    }
}
