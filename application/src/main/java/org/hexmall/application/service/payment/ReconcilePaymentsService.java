package org.hexmall.application.service.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.payment.ReconcilePayments;
import org.hexmall.application.port.in.payment.RefundPayment.RefundOutcome;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.wallet.PaymentLookup;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.RefundReason;

/**
 * Settles payments whose outcome is unknown by asking their provider on the schedule in
 * {@link PaymentSettings#reconciliationSchedule()}. At the last check the provider is told to close the
 * payment, which settles it either way: paid if the customer confirmed first, failed otherwise. Only a provider
 * that cannot be reached at all keeps a payment unknown, and it is asked again at the last wait until it answers.
 * <p>
 * Each pass also closes payments that waited longer than {@link PaymentSettings#confirmationWindow()} for
 * their customer in the wallet app, asking the provider to close them: one the customer did pay, but whose
 * result never reached the store (a closed browser, a notification lost), is found paid then instead of lost.
 * And it retries refunds still owed for orders paid twice.
 */
public final class ReconcilePaymentsService implements ReconcilePayments {

    private final Payments payments;
    private final Orders orders;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final PaymentOutcomes outcomes;
    private final PaymentSettings settings;
    private final Clock clock;

    public ReconcilePaymentsService(Payments payments, Orders orders, TransactionRunner transactions,
                                    WalletProviderGateway gateway, PaymentOutcomes outcomes, PaymentSettings settings,
                                    Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.transactions = transactions;
        this.gateway = gateway;
        this.outcomes = outcomes;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int reconcile() {
        Instant now = clock.instant();
        int done = 0;
        List<Payment> unknown = transactions.inTransaction(
                () -> payments.findByStatusCreatedBefore(PaymentStatus.UNKNOWN, now));
        for (Payment payment : unknown) {
            int check = checksSoFar(payment);
            if (now.isBefore(nextCheckAt(payment, check))) {
                continue;
            }
            PaymentLookup answer = settings.isLastCheck(check)
                    ? gateway.closePayment(payment.provider(), payment.id())
                    : gateway.lookUpPayment(payment.provider(), payment.id());
            Optional<Payment> settled = transactions.inTransaction(() -> settle(payment, answer));
            if (settled.isPresent()) {
                done++;
                if (settled.get().isRefundDue()) {
                    outcomes.refundDoublePayment(settled.get());
                }
            }
        }
        List<Payment> waitedTooLong = transactions.inTransaction(() -> payments.findByStatusCreatedBefore(
                PaymentStatus.AWAITING_CONFIRMATION, now.minus(settings.confirmationWindow())));
        for (Payment payment : waitedTooLong) {
            if (askedRecently(payment, now)) {
                continue;
            }
            PaymentLookup answer = gateway.closePayment(payment.provider(), payment.id());
            Optional<Payment> settled = transactions.inTransaction(() -> settle(payment, answer));
            if (settled.isPresent()) {
                done++;
                if (settled.get().isRefundDue()) {
                    outcomes.refundDoublePayment(settled.get());
                }
            }
        }
        for (Payment owed : transactions.inTransaction(payments::findRefundDue)) {
            RefundOutcome refund = refundDoublePayment(owed);
            if (refund instanceof RefundOutcome.Refunded) {
                done++;
            }
        }
        return done;
    }

    private RefundOutcome refundDoublePayment(Payment payment) {
        return outcomes.refunds().refund(payment.id(), PaymentOutcomes.doublePaymentRefundNumber(payment),
                payment.refundable(), RefundReason.DOUBLE_PAYMENT);
    }

    /** Applies the provider's answer to a payment still as it was read; the payment if it settled. */
    private Optional<Payment> settle(Payment asRead, PaymentLookup answer) {
        Order order = orders.lockById(asRead.orderId()).orElseThrow();
        Payment payment = payments.findById(asRead.id()).orElseThrow();
        if (payment.status() != asRead.status()) {
            // Its result arrived meanwhile: that settled it.
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean settled = switch (answer) {
            case PaymentLookup.Paid paid when paid.amount().equals(payment.amount()) -> {
                outcomes.charged(payment, order, paid.transaction(), now);
                yield true;
            }
            case PaymentLookup.Paid mismatched -> {
                payment.note(PaymentNote.MISMATCH_REFUSED, now);
                yield false;
            }
            case PaymentLookup.NotPaid notPaid -> {
                payment.fail(notPaid.reason(), now);
                yield true;
            }
            case PaymentLookup.NotFound notFound -> {
                // The provider never received the request: nothing was charged.
                payment.fail(PaymentFailureReason.PROVIDER_UNAVAILABLE, now);
                yield true;
            }
            case PaymentLookup.Closed closed -> {
                if (payment.status().canMoveTo(PaymentStatus.CANCELLED)) {
                    // The customer never confirmed it in the wallet app: nothing was charged.
                    payment.cancel(now);
                } else {
                    // Closed unpaid after the provider never answered the store: nothing was charged.
                    payment.fail(PaymentFailureReason.PROVIDER_UNAVAILABLE, now);
                }
                yield true;
            }
            case PaymentLookup.Open open -> {
                payment.note(PaymentNote.RECONCILIATION_PENDING, now);
                yield false;
            }
            case PaymentLookup.ProviderUnavailable unavailable -> {
                payment.note(PaymentNote.RECONCILIATION_PENDING, now);
                yield false;
            }
        };
        payments.update(payment);
        orders.update(order);
        return settled ? Optional.of(payment) : Optional.empty();
    }

    /** True when the provider could not be asked the last time, less than the schedule's longest wait ago. */
    private boolean askedRecently(Payment payment, Instant now) {
        Duration longestWait = settings.waitBeforeCheck(Integer.MAX_VALUE);
        return payment.timeline().stream()
                .filter(event -> event.detail().filter(PaymentNote.RECONCILIATION_PENDING.name()::equals).isPresent())
                .map(PaymentEvent::at)
                .anyMatch(at -> at.isAfter(now.minus(longestWait)));
    }

    private static int checksSoFar(Payment payment) {
        return (int) payment.timeline().stream()
                .filter(event -> event.detail().filter(PaymentNote.RECONCILIATION_PENDING.name()::equals).isPresent())
                .count();
    }

    /** Each check waits its turn after the one before, the first after the payment became unknown. */
    private Instant nextCheckAt(Payment payment, int check) {
        // The move to UNKNOWN carries no detail; the notes recorded while unknown do.
        Instant due = payment.timeline().stream()
                .filter(event -> event.status() == PaymentStatus.UNKNOWN && event.detail().isEmpty())
                .map(PaymentEvent::at)
                .findFirst()
                .orElse(payment.createdAt());
        for (int i = 0; i <= check; i++) {
            due = due.plus(settings.waitBeforeCheck(i));
        }
        return due;
    }
}
