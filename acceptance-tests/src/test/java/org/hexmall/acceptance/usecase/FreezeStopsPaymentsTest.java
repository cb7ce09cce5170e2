package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import org.hexmall.application.port.in.account.FreezeMyAccount;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A customer presses "Pay" and stops on the wallet's pay page; then the account is frozen, by the customer ("I lost my
 * phone") or by an agent. The freeze page promises that nobody can pay with it: the payment waiting in the wallet app
 * is closed there, a charge confirmed anyway goes back, and once the account is unfrozen the order can be paid again.
 */
class FreezeStopsPaymentsTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final WalletAccountIdentifier ALIPAY_ACCOUNT = WalletAccountIdentifier.parse(ALIPAY, "13800000001");

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);
    private final OrderId order;
    private final PayResult started;
    private final PaymentId payment;

    FreezeStopsPaymentsTest() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.stock(Shelf.TEA);
        order = hexmall.orderOf(customer, Shelf.TEA);
        started = hexmall.pay(customer, order);
        payment = InMemoryHexmall.paymentOf(started);
    }

    @Test
    void theCustomersOwnFreeze_closesThePaymentWaitingInTheWalletApp_soThePasswordThereNoLongerPays() {
        assertThat(freezeMyAccount()).isEqualTo(new FreezeMyAccount.Frozen());

        assertThat(typeThePasswordInTheWalletApp()).isNotInstanceOf(PayAttempt.Paid.class);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(hexmall.balanceOf(ALIPAY, ALIPAY_ACCOUNT)).isEqualTo(500_00);
        PaymentView closed = hexmall.paymentSeenByAgent(payment);
        assertThat(closed.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(closed.lastWord()).isEqualTo("ACCOUNT_FROZEN");
        assertThat(InMemoryHexmall.timelineOf(closed)).containsSubsequence("AWAITING_CONFIRMATION ACCOUNT_FROZEN",
                "CLOSED");
    }

    @Test
    void theAgentsFreeze_closesThePaymentWaitingInTheWalletApp_soThePasswordThereNoLongerPays() {
        assertThat(freezeByAgent()).isTrue();

        assertThat(typeThePasswordInTheWalletApp()).isNotInstanceOf(PayAttempt.Paid.class);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(hexmall.balanceOf(ALIPAY, ALIPAY_ACCOUNT)).isEqualTo(500_00);
        assertThat(hexmall.paymentSeenByAgent(payment).lastWord()).isEqualTo("ACCOUNT_FROZEN");
    }

    @Test
    void onceUnfrozen_theCustomerPaysTheOrderAgain_andIsChargedOnce() {
        freezeMyAccount();
        assertThat(hexmall.freezeAccount.unfreeze(AccountSupportCommand.fromForm(agent, customer,
                "Customer found the phone and called back"))).isTrue();

        assertThat(hexmall.viewOrderPayments.view(customer, order).orElseThrow().canPayNow()).isTrue();
        PayResult again = hexmall.pay(customer, order);
        PaymentReturn back = hexmall.comeBackFromPaying(customer,
                hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(again)));

        assertThat(back).isInstanceOf(PaymentReturn.Paid.class);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(hexmall.balanceOf(ALIPAY, ALIPAY_ACCOUNT)).isEqualTo(500_00 - hexmall.order(order).total().fen());
    }

    @Test
    void aPaymentAlipayCouldNotCloseAtTheFreeze_isClosedByReconciliationOnceAlipayAnswers() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        freezeByAgent();
        hexmall.wallets.faults().remove(ALIPAY);
        assertThat(hexmall.paymentSeenByAgent(payment).status()).isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);

        hexmall.clock.advance(InMemoryHexmall.PAYMENTS.waitBeforeCheck(0));
        hexmall.reconcilePayments.reconcile();

        assertThat(typeThePasswordInTheWalletApp()).isNotInstanceOf(PayAttempt.Paid.class);
        assertThat(hexmall.paymentSeenByAgent(payment).lastWord()).isEqualTo("ACCOUNT_FROZEN");
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void aPaymentConfirmedInTheWalletAppBeforeAlipayCouldCloseIt_isRefundedInFull_andPaysNoOrder() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        freezeMyAccount();
        hexmall.wallets.faults().remove(ALIPAY);

        try (WalletNotifyEndpoint notifyEndpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(started));
            assertThat(notifyEndpoint.received()).as("Alipay told the store it was paid").hasSize(1);
        }

        PaymentView refunded = hexmall.paymentSeenByAgent(payment);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(refunded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(refunded.refunded()).isEqualTo(hexmall.order(order).total());
        assertThat(refunded.lastWord()).isEqualTo("REFUNDED");
        assertThat(hexmall.balanceOf(ALIPAY, ALIPAY_ACCOUNT)).isEqualTo(500_00);
    }

    private FreezeMyAccount.Result freezeMyAccount() {
        return hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), InMemoryHexmall.CLIENT_ADDRESS);
    }

    private boolean freezeByAgent() {
        return hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, "suspected takeover"));
    }

    private PayAttempt typeThePasswordInTheWalletApp() {
        return hexmall.typePaymentPassword(ALIPAY, InMemoryHexmall.payPage(started),
                InMemoryHexmall.WALLET_PAYMENT_PASSWORD);
    }
}
