package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CANDY;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.NOVEL;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.out.persistence.WorkClaims;
import org.hexmall.application.service.shared.ClaimedWork;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The provider did not answer when the customer pressed "Pay", so nobody knows whether the wallet was charged.
 * Reconciliation asks the provider on the store's schedule (30 s, then 1, 2, 5, 10 and 30 minutes later). A payment
 * the provider holds waiting for the customer, who was never sent to pay it, is closed there at once and fails as timed
 * out, so that the order can be paid again; one the provider cannot be asked about is closed at the last check, so
 * that no payment stays unknown.
 */
class ReconcilePaymentsTest {

    private static final String PHONE = "13800138000";
    /** A step small enough to land on every check of the schedule. */
    private static final Duration STEP = Duration.ofSeconds(10);
    /** 30 s + 1 + 2 + 5 + 10 + 30 min: when the last check is due. */
    private static final Duration WHOLE_SCHEDULE = Duration.ofMinutes(48).plusSeconds(30);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier alipayAccount = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final OrderId order;
    private final Money total;
    private final PaymentId payment;
    private final Instant unknownSince;

    ReconcilePaymentsTest() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.stock(TEA, CHARGER, NOVEL, CANDY);
        order = hexmall.orderOf(customer, TEA, CHARGER);
        total = hexmall.order(order).total();
        unknownSince = hexmall.clock.instant();
        payment = unansweredPayment(order);
    }

    @Test
    void aPaymentTheProviderDidNotAnswerFor_isUnknownAndTheOrderUnpaid() {
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void beforeTheFirstWaitIsOver_reconciliationAsksNothing() {
        hexmall.payInWalletAppUnprompted(ALIPAY, payment);
        hexmall.clock.advance(Duration.ofSeconds(29));

        int settled = hexmall.reconcilePayments.reconcile();

        assertThat(settled).isZero();
        PaymentView seen = hexmall.paymentSeenByAgent(payment);
        assertThat(seen.status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(InMemoryHexmall.timesNoted(seen, PaymentNote.RECONCILIATION_PENDING)).isZero();
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void afterTheFirstWait_aPaymentTheCustomerMadeMeanwhileIsConfirmedAndTheOrderPaid() {
        hexmall.payInWalletAppUnprompted(ALIPAY, payment);
        hexmall.clock.advance(Duration.ofSeconds(30));

        int settled = hexmall.reconcilePayments.reconcile();

        assertThat(settled).isOne();
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - total.fen());
    }

    @Test
    void aPaymentAnotherNodeIsAskingAbout_isLeftToIt_untilItLetsGoOrItsLeaseRunsOut() {
        hexmall.payInWalletAppUnprompted(ALIPAY, payment);
        hexmall.clock.advance(Duration.ofSeconds(30));
        Instant now = hexmall.clock.instant();
        var otherNode = hexmall.storage.workClaims();
        hexmall.storage.transactions().inTransaction(() -> otherNode.claim(WorkClaims.Work.PAYMENT_CHECK,
                payment.toString(), now, now.plus(ClaimedWork.LEASE)));

        assertThat(hexmall.reconcilePayments.reconcile()).as("while another node holds it").isZero();
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.UNKNOWN);

        hexmall.clock.advance(ClaimedWork.LEASE);

        assertThat(hexmall.reconcilePayments.reconcile()).as("once the other node's lease ran out").isOne();
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    // The provider created the payment but its answer was lost: it waits for a customer who was never sent to pay

    @Test
    void atTheFirstCheck_aPaymentWaitingForTheCustomerAtTheProvider_isClosedThere_andFailsAsTimedOut() {
        hexmall.clock.advance(Duration.ofSeconds(30));

        assertThat(hexmall.reconcilePayments.reconcile()).isOne();

        PaymentView seen = hexmall.paymentSeenBy(customer, payment);
        assertThat(seen.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(seen.failureReason()).contains(PaymentFailureReason.PROVIDER_TIMED_OUT);
        assertThat(hexmall.paymentSeenByAgent(payment).failureReason())
                .contains(PaymentFailureReason.PROVIDER_TIMED_OUT);
        assertThat(hexmall.wallets.payments().find(ALIPAY, payment).orElseThrow().status())
                .isEqualTo(PaymentState.CLOSED);
        assertThat(hexmall.payInWalletAppUnprompted(ALIPAY, payment)).isInstanceOf(PayAttempt.NotPaid.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
    }

    @Test
    void onceTheTimedOutPaymentFailed_theOrderIsPayableAtOnce_andANewPaymentWithTheSameWalletPaysItOnce() {
        hexmall.clock.advance(Duration.ofSeconds(30));
        hexmall.reconcilePayments.reconcile();

        ViewOrderPayments.OrderPayments seen = hexmall.viewOrderPayments.view(customer, order).orElseThrow();
        assertThat(seen.beingConfirmed()).isEmpty();
        assertThat(seen.canPayNow()).isTrue();
        PayResult again = hexmall.pay(customer, order);
        assertThat(again).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(InMemoryHexmall.paymentOf(again)).isNotEqualTo(payment);
        PaymentReturn back = hexmall.comeBackFromPaying(customer,
                hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(again)));

        assertThat(back).isInstanceOf(PaymentReturn.Paid.class);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).as("charged once in all")
                .isEqualTo(500_00 - total.fen());
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void aProviderStillDownAtTheFirstCheck_leavesThePaymentBeingConfirmed_andTheNextCheckClosesIt() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.clock.advance(Duration.ofSeconds(30));

        assertThat(hexmall.reconcilePayments.reconcile()).isZero();
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(hexmall.viewOrderPayments.view(customer, order).orElseThrow().canPayNow()).isFalse();

        hexmall.wallets.faults().remove(ALIPAY);
        hexmall.clock.advance(Duration.ofMinutes(1));

        assertThat(hexmall.reconcilePayments.reconcile()).isOne();
        assertThat(hexmall.paymentSeenBy(customer, payment).failureReason())
                .contains(PaymentFailureReason.PROVIDER_TIMED_OUT);
        assertThat(hexmall.viewOrderPayments.view(customer, order).orElseThrow().canPayNow()).isTrue();
    }

    // A provider that cannot be asked: the schedule runs to its end

    @Test
    void aPaymentTheProviderCannotBeAskedAbout_isCheckedOnTheSchedule_andClosedAtTheLastCheck_asTimedOut() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        reconcileStepByStepFor(WHOLE_SCHEDULE.minus(STEP));
        hexmall.wallets.faults().remove(ALIPAY);
        reconcileStepByStepFor(STEP);

        PaymentView seen = hexmall.paymentSeenByAgent(payment);
        assertThat(seen.timeline()).filteredOn(ReconcilePaymentsTest::isPendingCheck).extracting(PaymentEvent::at)
                .containsExactly(after(Duration.ofSeconds(30)), after(Duration.ofSeconds(90)),
                        after(Duration.ofSeconds(210)), after(Duration.ofSeconds(510)),
                        after(Duration.ofSeconds(1110)));
        assertThat(seen.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(seen.failureReason()).contains(PaymentFailureReason.PROVIDER_TIMED_OUT);
        assertThat(seen.timeline().getLast().at()).isEqualTo(after(WHOLE_SCHEDULE));
        assertThat(hexmall.payInWalletAppUnprompted(ALIPAY, payment)).isInstanceOf(PayAttempt.NotPaid.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
    }

    @Test
    void aCustomerWhoPaysBetweenTwoChecks_isConfirmedAtTheNextCheck() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        reconcileStepByStepFor(Duration.ofMinutes(2));
        hexmall.payInWalletAppUnprompted(ALIPAY, payment);
        hexmall.wallets.faults().remove(ALIPAY);

        reconcileStepByStepFor(Duration.ofSeconds(80));
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.UNKNOWN);
        reconcileStepByStepFor(STEP);

        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aCustomerWhoPaysJustBeforeTheLastCheck_isConfirmedByIt() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        reconcileStepByStepFor(WHOLE_SCHEDULE.minus(STEP));
        hexmall.payInWalletAppUnprompted(ALIPAY, payment);
        hexmall.wallets.faults().remove(ALIPAY);

        reconcileStepByStepFor(STEP);

        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - total.fen());
    }

    @Test
    void onceTheScheduleHasRun_noPaymentIsLeftUnknown() {
        PaymentId paidEarly = unansweredPayment(hexmall.orderOf(customer, NOVEL));
        PaymentId neverPaid = unansweredPayment(hexmall.orderOf(customer, CANDY));
        hexmall.payInWalletAppUnprompted(ALIPAY, paidEarly);

        reconcileStepByStepFor(WHOLE_SCHEDULE.plus(STEP));

        assertThat(List.of(payment, paidEarly, neverPaid))
                .extracting(id -> hexmall.paymentSeenBy(customer, id).status())
                .containsExactly(PaymentStatus.FAILED, PaymentStatus.SUCCEEDED, PaymentStatus.FAILED);
    }

    /** The customer presses "Pay" while the provider does not answer; the provider is back right after. */
    private PaymentId unansweredPayment(OrderId toPay) {
        hexmall.wallets.faults().inject(ALIPAY, Fault.TIMEOUT);
        PayResult result = hexmall.pay(customer, toPay);
        hexmall.wallets.faults().remove(ALIPAY);
        assertThat(result).isInstanceOf(PayResult.Confirming.class);
        return InMemoryHexmall.paymentOf(result);
    }

    /** Housekeeping runs reconciliation every few seconds: here every ten, for this long. */
    private void reconcileStepByStepFor(Duration duration) {
        for (Duration passed = Duration.ZERO; passed.compareTo(duration) < 0; passed = passed.plus(STEP)) {
            hexmall.clock.advance(STEP);
            hexmall.reconcilePayments.reconcile();
        }
    }

    private Instant after(Duration wait) {
        return unknownSince.plus(wait);
    }

    private static boolean isPendingCheck(PaymentEvent event) {
        return event.is(PaymentNote.RECONCILIATION_PENDING);
    }
}
