package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ViewOrderPayments.OrderPayments;
import org.hexmall.application.port.in.support.ForceUnbindCommand;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A customer who lost their phone calls customer service, and an agent unbinds the wallet for them. A payment waiting
 * in that wallet's app is closed there, so that whoever holds the phone can no longer pay with it.
 */
class ForceUnbindWalletTest {

    private static final String PHONE = "13800138000";
    private static final String REASON = "Customer called: phone stolen on the metro, asked to remove Alipay";
    private static final String TAKEOVER = "suspected takeover";
    private static final WalletAccountIdentifier ALIPAY_ACCOUNT = WalletAccountIdentifier.parse(ALIPAY, "13800000001");

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final BindingId alipay = boundAlipay();

    @Test
    void theAgentsUnbind_takesTheWalletOffTheCustomersPaymentMethods() {
        boolean unbound = hexmall.forceUnbindWallet.forceUnbind(
                ForceUnbindCommand.fromForm(agent, customer, alipay, REASON));

        assertThat(unbound).isTrue();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
    }

    @Test
    void theAgentsUnbind_isInTheBindingsHistoryWithItsReason() {
        Instant unboundAt = hexmall.clock.instant();

        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay, REASON));

        // The binding's own last step; the cancellation of its agreement follows it.
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).history())
                .filteredOn(event -> !event.concernsCancellation()).last()
                .isEqualTo(new BindingEvent(unboundAt, BindingStatus.UNBOUND, Optional.of(REASON)));
    }

    @Test
    void theAgentsUnbind_cancelsTheAgreementAtTheProvider_soTheWalletAppNoLongerListsHexmall() {
        WalletAccountIdentifier account = WalletAccountIdentifier.parse(ALIPAY, "13800000001");
        String agreement = hexmall.agreementTokenOf(ALIPAY, account);

        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay, REASON));

        assertThat(hexmall.walletAppListsHexmall(ALIPAY, account)).isFalse();
        assertThat(hexmall.cancellationRequests.of(agreement)).isEqualTo(1);
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).history().getLast()).isEqualTo(new BindingEvent(
                hexmall.clock.instant(), BindingStatus.UNBOUND, Optional.empty(),
                Optional.of(AgreementCancellation.CANCELLED)));
    }

    @Test
    void theAgentsUnbind_isInTheCustomersAuditTrailWithWhoDidItAndWhy() {
        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay, REASON));

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail()).containsExactly(
                new AuditEntry(hexmall.clock.instant(), agent, "wang.fang", customer,
                        AgentAction.FORCE_UNBIND_WALLET, "ALIPAY 138****0001", REASON));
    }

    // A payment waiting in the wallet app when the agent unbinds the wallet

    @Test
    void aPaymentWaitingInTheWalletApp_isClosedThere_soTheAppCanNoLongerPayIt_andTheOrderStillAwaitsPayment() {
        OrderId order = orderOfTea();
        PayResult started = hexmall.pay(customer, order);

        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay, TAKEOVER));
        PayAttempt late = hexmall.typePaymentPassword(ALIPAY, InMemoryHexmall.payPage(started),
                InMemoryHexmall.WALLET_PAYMENT_PASSWORD);

        assertThat(late).isNotInstanceOf(PayAttempt.Paid.class);
        assertThat(hexmall.balanceOf(ALIPAY, ALIPAY_ACCOUNT)).isEqualTo(500_00);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        PaymentView closed = hexmall.paymentSeenBy(customer, InMemoryHexmall.paymentOf(started));
        assertThat(closed.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(closed.lastWord()).isEqualTo("WALLET_UNBOUND");
    }

    @Test
    void theClosedPayment_saysWhyInOneWord_onTheCustomersOrderPageAsInTheConsole() {
        OrderId order = orderOfTea();
        PaymentId payment = InMemoryHexmall.paymentOf(hexmall.pay(customer, order));

        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay, TAKEOVER));

        OrderPayments orderPage = hexmall.viewOrderPayments.view(customer, order).orElseThrow();
        assertThat(orderPage.payments()).extracting(PaymentView::lastWord).containsExactly("WALLET_UNBOUND");
        assertThat(orderPage.canPayNow()).isTrue();
        assertThat(hexmall.paymentSeenByAgent(payment).lastWord()).isEqualTo("WALLET_UNBOUND");
        assertThat(InMemoryHexmall.timelineOf(hexmall.paymentSeenByAgent(payment))).containsSubsequence(
                "AWAITING_CONFIRMATION WALLET_UNBOUND", "CLOSED");
    }

    @Test
    void aPaymentAlipayCouldNotCloseAtTheUnbind_isClosedByReconciliationOnceAlipayAnswers() {
        OrderId order = orderOfTea();
        PayResult started = hexmall.pay(customer, order);
        PaymentId payment = InMemoryHexmall.paymentOf(started);
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay, TAKEOVER));
        hexmall.wallets.faults().remove(ALIPAY);
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);

        hexmall.clock.advance(InMemoryHexmall.PAYMENTS.waitBeforeCheck(0));
        hexmall.reconcilePayments.reconcile();

        assertThat(hexmall.typePaymentPassword(ALIPAY, InMemoryHexmall.payPage(started),
                InMemoryHexmall.WALLET_PAYMENT_PASSWORD)).isNotInstanceOf(PayAttempt.Paid.class);
        assertThat(hexmall.paymentSeenBy(customer, payment).lastWord()).isEqualTo("WALLET_UNBOUND");
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void aPaymentConfirmedInTheWalletAppBeforeAlipayCouldCloseIt_isRefundedInFull_andPaysNoOrder() {
        OrderId order = orderOfTea();
        PayResult started = hexmall.pay(customer, order);
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay, TAKEOVER));
        hexmall.wallets.faults().remove(ALIPAY);

        try (WalletNotifyEndpoint notifyEndpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(started));
            assertThat(notifyEndpoint.received()).as("Alipay told the store it was paid").hasSize(1);
        }

        PaymentView refunded = hexmall.paymentSeenBy(customer, InMemoryHexmall.paymentOf(started));
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(refunded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(refunded.refunded()).isEqualTo(hexmall.order(order).total());
        assertThat(refunded.lastWord()).isEqualTo("REFUNDED");
        assertThat(hexmall.balanceOf(ALIPAY, ALIPAY_ACCOUNT)).isEqualTo(500_00);
    }

    @Test
    void anUnbindWithoutAReason_isRefusedOnTheReasonField() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> ForceUnbindCommand.fromForm(agent, customer, alipay, "   "))
                .satisfies(refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("reason", "audit.reason.required")));
    }

    @Test
    void aBindingOfAnotherCustomer_isNotUnboundAndNothingIsAudited() {
        CustomerId other = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        boolean unbound = hexmall.forceUnbindWallet.forceUnbind(
                ForceUnbindCommand.fromForm(agent, other, alipay, REASON));

        assertThat(unbound).isFalse();
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).status()).isEqualTo(BindingStatus.ACTIVE);
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail()).isEmpty();
        assertThat(hexmall.viewCustomerDetails.view(other).orElseThrow().auditTrail()).isEmpty();
    }

    @Test
    void aWalletUnboundAlready_isNotUnboundTwiceNorAuditedTwice() {
        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay, REASON));
        hexmall.clock.advance(Duration.ofMinutes(1));

        boolean again = hexmall.forceUnbindWallet.forceUnbind(
                ForceUnbindCommand.fromForm(agent, customer, alipay, "Customer called again"));

        assertThat(again).isFalse();
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail()).hasSize(1);
    }

    /** 李雷 settles an order of tea, to pay with his preferred wallet, Alipay. */
    private OrderId orderOfTea() {
        hexmall.stock(Shelf.TEA);
        return hexmall.orderOf(customer, Shelf.TEA);
    }

    private BindingId boundAlipay() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        return hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
    }
}
