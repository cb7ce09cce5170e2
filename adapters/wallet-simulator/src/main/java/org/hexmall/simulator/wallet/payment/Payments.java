package org.hexmall.simulator.wallet.payment;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.PasswordCheck;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.account.WalletAccounts;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.Faults;
import org.hexmall.simulator.wallet.notification.FormEncoding;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.NotificationDelivery;
import org.hexmall.simulator.wallet.notification.SignedMessages;
import org.hexmall.simulator.wallet.notification.SimulatorTokens;

/**
 * Payments a merchant asks for under an agreement, which the customer pays on the wallet app's pay page with the
 * payment password, or leaves. The right password charges the balance once, however often it is submitted, and the
 * provider both sends the browser back with the signed result and notifies the store; once a payment has ended,
 * every way back to the store, and every answer to the merchant, tells the same.
 */
public final class Payments {

    private final PaymentRecords records;
    private final WalletAccounts accounts;
    private final PaymentResults results;
    private final NotificationDelivery notifications;
    private final Faults faults;
    private final Clock clock;

    public Payments(PaymentRecords records, WalletAccounts accounts, SignedMessages messages,
                    NotificationDelivery notifications, Faults faults, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.faults = faults;
        this.results = new PaymentResults(messages);
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A merchant asks for a payment under an active agreement. One payment per {@code merchantPayment}: asking
     * again returns the first one, even if the amount or order number differ.
     */
    public SimulatedPayment create(Agreement agreement, PaymentId merchantPayment, String orderNumber, long amountFen,
                                   URI returnUrl) {
        return records.addIfAbsent(SimulatedPayment.open(SimulatorTokens.next(), agreement, merchantPayment,
                orderNumber, amountFen, returnUrl, clock.instant()));
    }

    /** The payment the merchant asked for with that id, whatever became of it. */
    public Optional<SimulatedPayment> find(WalletProvider provider, PaymentId merchantPayment) {
        return records.find(provider, merchantPayment);
    }

    /** The payment on a pay page, by the provider's own id in the page's address. */
    public Optional<SimulatedPayment> onPage(WalletProvider provider, String pageId) {
        return records.find(pageId).filter(payment -> payment.provider() == provider);
    }

    /** The newest payments of every provider, newest first, at most {@code limit}. */
    public List<SimulatedPayment> latest(int limit) {
        return records.latest(limit);
    }

    /** Every payment of every provider, newest first: a test counts them to see that a payment was created once. */
    public List<SimulatedPayment> all() {
        return records.latest(Integer.MAX_VALUE);
    }

    /** The merchant closes the payment so that it can never be paid; returns it as it is now, closed or as it ended. */
    public SimulatedPayment close(SimulatedPayment asRead) {
        if (asRead.isOpen()) {
            records.endWithoutCharge(asRead.closed(clock.instant()));
        }
        return records.find(asRead.id()).orElseThrow();
    }

    /**
     * The customer types the payment password on the pay page. A wrong one counts towards the password's lock (the
     * same lock as approvals) and for the payment; a balance too low, or a provider that declines the account's
     * payments ({@link Fault#DECLINES_PAYMENTS}), ends the payment unpaid. A payment that has ended already sends the
     * browser back with its result.
     */
    public PayAttempt pay(WalletProvider provider, String pageId, String paymentPassword) {
        Objects.requireNonNull(paymentPassword, "paymentPassword");
        Optional<SimulatedPayment> found = onPage(provider, pageId);
        if (found.isEmpty()) {
            return new PayAttempt.NotFound();
        }
        SimulatedPayment payment = found.get();
        if (!payment.isOpen()) {
            return backWithResult(payment);
        }
        return switch (accounts.checkPassword(provider, payment.account(), paymentPassword)) {
            case PasswordCheck.Right right -> charge(payment);
            case PasswordCheck.Wrong wrong -> {
                records.countWrongPassword(payment.id());
                yield new PayAttempt.WrongPassword(wrong.attemptsLeft());
            }
            case PasswordCheck.WrongAndLocked locked -> {
                records.countWrongPassword(payment.id());
                yield new PayAttempt.Locked(locked.until());
            }
            case PasswordCheck.Locked locked -> new PayAttempt.Locked(locked.until());
        };
    }

    /**
     * What {@link #pay} does with the right payment password, for a payment nobody types it for: a locked password
     * leaves the payment open, and a balance too low or a declining provider ends it unpaid, as they would for its
     * customer.
     */
    public void confirmAsItsCustomer(WalletProvider provider, PaymentId merchantPayment) {
        records.find(provider, merchantPayment).filter(SimulatedPayment::isOpen)
                .filter(open -> accounts.confirmAsHolder(provider, open.account()) instanceof PasswordCheck.Right)
                .ifPresent(this::charge);
    }

    private PayAttempt charge(SimulatedPayment payment) {
        Instant now = clock.instant();
        if (declines(payment)) {
            // As for a balance too low: the browser brings the result back, and a query tells the same.
            records.endWithoutCharge(payment.failed(PaymentFailureReason.DECLINED, null, null, now));
            return backWithResult(records.find(payment.id()).orElseThrow());
        }
        PaymentRecords.Debit debit = records.debit(payment.paid(SimulatorTokens.reference(now), now));
        if (debit == PaymentRecords.Debit.INSUFFICIENT_BALANCE) {
            records.endWithoutCharge(payment.failed(PaymentFailureReason.INSUFFICIENT_BALANCE, null, null, now));
        }
        // NOT_OPEN: paid, or ended otherwise, by a submit or a close that came first; its result stands.
        SimulatedPayment ended = records.find(payment.id()).orElseThrow();
        if (debit == PaymentRecords.Debit.DONE) {
            notifications.send(ended.provider(), Optional.of(ended.account()), MessageType.PAYMENT_SUCCEEDED,
                    results.unsigned(ended));
        }
        return backWithResult(ended);
    }

    /** Whether the provider declines this payment's account now, by a fault of the account or of the provider. */
    private boolean declines(SimulatedPayment payment) {
        return faults.faultFor(payment.provider(), Optional.of(payment.account()))
                .filter(Fault.DECLINES_PAYMENTS::equals).isPresent();
    }

    /**
     * The customer taps "Back to hexmall" on the pay page. An open payment ends then: unpaid because the password is
     * locked, or after wrong passwords (with the attempts left), or else cancelled. The browser goes back with the
     * payment's signed result; empty if there is no such payment.
     */
    public Optional<URI> leave(WalletProvider provider, String pageId) {
        Optional<SimulatedPayment> found = onPage(provider, pageId);
        found.filter(SimulatedPayment::isOpen).ifPresent(open -> records.endWithoutCharge(endingOnLeaving(open)));
        return found.map(payment -> records.find(payment.id()).orElseThrow())
                .map(ended -> FormEncoding.appendToQuery(ended.returnUrl(), results.of(ended)));
    }

    private SimulatedPayment endingOnLeaving(SimulatedPayment payment) {
        Instant now = clock.instant();
        WalletAccount account = accounts.find(payment.provider(), payment.account()).orElseThrow();
        if (account.isPasswordLockedAt(now)) {
            return payment.failed(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, null, account.lockedUntil(), now);
        }
        if (payment.wrongPasswords() > 0) {
            return payment.failed(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, account.passwordAttemptsLeftAt(now),
                    null, now);
        }
        return payment.cancelled(now);
    }

    private PayAttempt backWithResult(SimulatedPayment ended) {
        URI back = FormEncoding.appendToQuery(ended.returnUrl(), results.of(ended));
        return ended.status() == PaymentState.PAID ? new PayAttempt.Paid(back) : new PayAttempt.NotPaid(back);
    }
}
