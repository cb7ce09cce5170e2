package org.hexmall.application.service.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.hexmall.application.port.in.payment.ReconcilePayments;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WorkClaims;
import org.hexmall.application.service.payment.shared.DoublePaymentRefunds;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.application.service.payment.shared.PendingRefunds;
import org.hexmall.application.service.payment.shared.ProviderAnswers;
import org.hexmall.application.service.payment.shared.RefundOutcome;
import org.hexmall.application.service.shared.ClaimedWork;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Withdrawal;

/**
 * Settles every payment the store cannot leave as it is, each pass:
 * <ul>
 *   <li>payments whose outcome is unknown (the provider did not answer), asked on the schedule in
 *       {@link PaymentSettings#reconciliationSchedule()}; at the last check the provider is told to close the
 *       payment, which settles it either way: paid if the customer confirmed first, closed otherwise;</li>
 *   <li>payments recorded but never sent on (the request that recorded one stopped before the provider answered),
 *       handled as unknown once the provider's answer is long overdue;</li>
 *   <li>payments waiting in the wallet app, or unknown, whose wallet is bound no more (unbound, replaced, revoked),
 *       when the provider could not close them as the binding ended: each is closed, noted so, or found paid and
 *       then given back, as the order may not be paid with that wallet;</li>
 *   <li>payments waiting in the wallet app, or unknown, of accounts that are frozen, when the provider could not close
 *       them as the account was frozen: each is closed, noted so, or found paid and then given back;</li>
 *   <li>payments of orders that have closed, and payments that waited longer than
 *       {@link PaymentSettings#confirmationWindow()} for their customer in the wallet app: each is closed at its
 *       provider, or found paid (a closed browser, a lost notification) instead of lost;</li>
 *   <li>refunds still owed for orders paid twice, and refunds the provider could not take when they were sent.</li>
 * </ul>
 * A provider that cannot be reached keeps a payment as it is, and is asked again at the schedule's last wait.
 * <p>
 * Every node of the store runs this pass. Each payment is claimed ({@link ClaimedWork}) and read again before its
 * provider is asked, so one node asks about it and the others pass it by: a payment is asked about once per check, and
 * its schedule counts that check once, however many nodes run.
 */
public final class ReconcilePaymentsService implements ReconcilePayments {

    private final Payments payments;
    private final TransactionRunner transactions;
    private final ProviderAnswers providerAnswers;
    private final DoublePaymentRefunds doublePayments;
    private final PaymentSettings settings;
    private final PendingRefunds pendingRefunds;
    private final ClaimedWork claimed;
    private final Clock clock;

    public ReconcilePaymentsService(Payments payments, TransactionRunner transactions, ProviderAnswers providerAnswers,
                                    DoublePaymentRefunds doublePayments, PaymentSettings settings,
                                    PendingRefunds pendingRefunds, ClaimedWork claimed, Clock clock) {
        this.pendingRefunds = pendingRefunds;
        this.claimed = claimed;
        this.payments = payments;
        this.transactions = transactions;
        this.providerAnswers = providerAnswers;
        this.doublePayments = doublePayments;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int reconcile() {
        Instant now = clock.instant();
        int done = 0;
        for (Payment payment : read(() -> payments.findByStatusCreatedBefore(PaymentStatus.UNKNOWN, now))) {
            if (isCheckDue(payment, now)) {
                done += ifStillSo(payment, now, fresh -> checkOnSchedule(fresh, now));
            }
        }
        Duration shortestWait = settings.waitBeforeCheck(0);
        Duration longestWait = settings.waitBeforeCheck(Integer.MAX_VALUE);
        Instant answerOverdue = now.minus(PaymentSettings.PROVIDER_ANSWER_WAIT.multipliedBy(2));
        for (Payment payment : read(() -> payments.findByStatusCreatedBefore(PaymentStatus.CREATED, answerOverdue))) {
            if (!askedWithin(shortestWait, payment, now)) {
                done += ifStillSo(payment, now, fresh -> closeUnlessAskedWithin(shortestWait, fresh, now));
            }
        }
        for (Payment payment : read(payments::findUnderWayOfEndedBindings)) {
            // One still being started is its request's to finish first; it is closed at a pass after that.
            if (payment.status() != PaymentStatus.CREATED && !askedWithin(shortestWait, payment, now)) {
                done += ifStillSo(payment, now,
                        fresh -> closeWithdrawn(Withdrawal.WALLET_UNBOUND, shortestWait, fresh, now));
            }
        }
        for (Payment payment : read(payments::findUnderWayOfFrozenAccounts)) {
            if (payment.status() != PaymentStatus.CREATED && !askedWithin(shortestWait, payment, now)) {
                done += ifStillSo(payment, now,
                        fresh -> closeWithdrawn(Withdrawal.ACCOUNT_FROZEN, shortestWait, fresh, now));
            }
        }
        for (Payment payment : read(payments::findUnderWayOfClosedOrders)) {
            if (!askedWithin(shortestWait, payment, now)) {
                done += ifStillSo(payment, now, fresh -> closeUnlessAskedWithin(shortestWait, fresh, now));
            }
        }
        Instant windowClosed = now.minus(settings.confirmationWindow());
        for (Payment payment : read(() -> payments.findByStatusCreatedBefore(PaymentStatus.AWAITING_CONFIRMATION,
                windowClosed))) {
            if (!askedWithin(longestWait, payment, now)) {
                done += ifStillSo(payment, now, fresh -> closeUnlessAskedWithin(longestWait, fresh, now));
            }
        }
        for (Payment owing : read(payments::findRefundDue)) {
            done += ifStillSo(owing, now, fresh -> fresh.isRefundDue()
                    && doublePayments.tryRefund(fresh) instanceof RefundOutcome.Refunded ? 1 : 0);
        }
        done += pendingRefunds.retry(now);
        return done;
    }

    private List<Payment> read(Supplier<List<Payment>> query) {
        return transactions.withoutTransaction(query);
    }

    /**
     * Works on the payment as it is now, if no other node is working on it and it is still in the status it was
     * found in: another node may have settled it, or noted a check, since the list was read.
     */
    private int ifStillSo(Payment asFound, Instant now, ToIntFunction<Payment> work) {
        return claimed.ifFree(WorkClaims.Work.PAYMENT_CHECK, asFound.id().toString(), now, () -> {
            Optional<Payment> fresh = transactions.withoutTransaction(() -> payments.findById(asFound.id()));
            return fresh.filter(payment -> payment.status() == asFound.status()).map(work::applyAsInt).orElse(0);
        }).orElse(0);
    }

    /** Asks about a payment whose next check is due; at the schedule's last check, closes it. 1 if it settled. */
    private int checkOnSchedule(Payment payment, Instant now) {
        if (!isCheckDue(payment, now)) {
            return 0;
        }
        int check = payment.timesNoted(PaymentNote.RECONCILIATION_PENDING).size();
        Optional<Payment> settled = settings.isLastCheck(check) ? providerAnswers.close(payment)
                : providerAnswers.lookUp(payment);
        return settled.isPresent() ? 1 : 0;
    }

    /**
     * Closes a payment nobody confirmed in time, unless the provider was asked about it less than {@code wait} ago
     * (and could not say): a provider that is down is not asked again at every pass. 1 if it settled.
     */
    private int closeUnlessAskedWithin(Duration wait, Payment payment, Instant now) {
        return !askedWithin(wait, payment, now) && providerAnswers.close(payment).isPresent() ? 1 : 0;
    }

    /**
     * Closes a payment that may no longer pay (its wallet is bound no more, its account is frozen), noted so, unless
     * the provider was asked about it less than {@code wait} ago (and could not say). 1 if it settled.
     */
    private int closeWithdrawn(Withdrawal why, Duration wait, Payment payment, Instant now) {
        return !askedWithin(wait, payment, now) && providerAnswers.closeWithdrawn(payment, why).isPresent() ? 1 : 0;
    }

    /** Whether the provider was asked about the payment less than {@code wait} ago. */
    private static boolean askedWithin(Duration wait, Payment payment, Instant now) {
        return payment.timesNoted(PaymentNote.RECONCILIATION_PENDING).stream()
                .anyMatch(at -> at.isAfter(now.minus(wait)));
    }

    /** Whether the payment's next check on the schedule is due. */
    private boolean isCheckDue(Payment payment, Instant now) {
        int check = payment.timesNoted(PaymentNote.RECONCILIATION_PENDING).size();
        return !now.isBefore(nextCheckAt(payment, check));
    }

    /** Each check waits its turn after the one before, the first after the payment became unknown. */
    private Instant nextCheckAt(Payment payment, int check) {
        Instant due = payment.movedTo(PaymentStatus.UNKNOWN).orElse(payment.createdAt());
        for (int i = 0; i <= check; i++) {
            due = due.plus(settings.waitBeforeCheck(i));
        }
        return due;
    }
}
