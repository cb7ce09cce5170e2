package org.hexmall.simulator.wallet.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.api.PaymentState;

/**
 * A simulated provider's record of a payment a merchant asked for, which the customer pays (or not) on the
 * wallet app's pay page. Once it has ended, its result never changes: every way back to the store, and every
 * answer to a query, tells the same.
 *
 * @param id                  the provider's own id for the payment, part of the pay page's address
 * @param merchantPayment     the store's id for it; the provider keeps one payment per id
 * @param agreementToken      the binding's agreement the merchant charges under: a secret, never shown
 * @param account             the account the agreement lets the merchant charge
 * @param returnUrl           where the customer's browser goes with the signed result
 * @param wrongPasswords      wrong payment passwords typed on this payment's page
 * @param transaction         the provider's transaction id once paid; {@code null} before
 * @param failureReason       why it ended without a charge, when {@link PaymentState#FAILED}; {@code null} otherwise
 * @param attemptsLeft        with {@link PaymentFailureReason#WRONG_PAYMENT_PASSWORD}: how many more wrong
 *                            passwords the wallet accepted when the customer left; {@code null} otherwise
 * @param passwordLockedUntil with {@link PaymentFailureReason#PAYMENT_PASSWORD_LOCKED}: until when;
 *                            {@code null} otherwise
 * @param endedAt             when it was paid, cancelled, failed or closed; {@code null} while open
 * @param refundedFen         how much of it has been refunded, in fen
 */
public record SimulatedPayment(String id, WalletProvider provider, PaymentId merchantPayment, String agreementToken,
                               WalletAccountIdentifier account, String orderNumber, long amountFen, URI returnUrl,
                               Instant createdAt, PaymentState status, int wrongPasswords, String transaction,
                               PaymentFailureReason failureReason, Integer attemptsLeft,
                               Instant passwordLockedUntil, Instant endedAt, long refundedFen) {

    /** Longer order numbers are refused, as real providers limit theirs (and the simulator's table does). */
    public static final int MAX_ORDER_NUMBER_LENGTH = 64;

    public SimulatedPayment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(merchantPayment, "merchantPayment");
        Objects.requireNonNull(agreementToken, "agreementToken");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        if (orderNumber.isBlank() || orderNumber.length() > MAX_ORDER_NUMBER_LENGTH) {
            throw new IllegalArgumentException("an order number has 1 to " + MAX_ORDER_NUMBER_LENGTH + " characters");
        }
        if (amountFen < 0 || refundedFen < 0 || refundedFen > amountFen || wrongPasswords < 0) {
            throw new IllegalArgumentException("amounts and counts are never negative, nor refunds above the amount");
        }
        if ((status == PaymentState.PAID) != (transaction != null)) {
            throw new IllegalArgumentException("a paid payment, and only a paid one, has a transaction");
        }
        if ((status == PaymentState.FAILED) != (failureReason != null)) {
            throw new IllegalArgumentException("a failed payment, and only a failed one, has a reason");
        }
    }

    /** A payment just asked for: open, nothing typed, nothing charged. */
    public static SimulatedPayment open(String id, Agreement agreement, PaymentId merchantPayment, String orderNumber,
                                 long amountFen, URI returnUrl, Instant createdAt) {
        return new SimulatedPayment(id, agreement.provider(), merchantPayment, agreement.token(), agreement.account(),
                orderNumber, amountFen, returnUrl, createdAt, PaymentState.OPEN, 0, null, null, null, null, null, 0);
    }

    public boolean isOpen() {
        return status == PaymentState.OPEN;
    }

    /** How much can still be refunded, in fen: nothing unless it was paid. */
    public long refundableFen() {
        return status == PaymentState.PAID ? amountFen - refundedFen : 0;
    }

    /** Paid now with this transaction. */
    public SimulatedPayment paid(String newTransaction, Instant at) {
        return ended(PaymentState.PAID, newTransaction, null, null, null, at);
    }

    /** Ended by the customer leaving, with no wrong password typed. */
    public SimulatedPayment cancelled(Instant at) {
        return ended(PaymentState.CANCELLED, null, null, null, null, at);
    }

    /** Ended by the merchant before the customer paid. */
    public SimulatedPayment closed(Instant at) {
        return ended(PaymentState.CLOSED, null, null, null, null, at);
    }

    /**
     * Ended without a charge, for that reason.
     *
     * @param attemptsLeft with a wrong password: how many the wallet still accepts; otherwise {@code null}
     * @param lockedUntil  with a locked password: until when; otherwise {@code null}
     */
    public SimulatedPayment failed(PaymentFailureReason reason, Integer attemptsLeft, Instant lockedUntil, Instant at) {
        return ended(PaymentState.FAILED, null, reason, attemptsLeft, lockedUntil, at);
    }

    /** The same, with this many wrong payment passwords typed on its page. */
    public SimulatedPayment withWrongPasswords(int count) {
        return new SimulatedPayment(id, provider, merchantPayment, agreementToken, account, orderNumber, amountFen,
                returnUrl, createdAt, status, count, transaction, failureReason, attemptsLeft, passwordLockedUntil,
                endedAt, refundedFen);
    }

    /** The same, with this much of it refunded. */
    public SimulatedPayment withRefundedFen(long refunded) {
        return new SimulatedPayment(id, provider, merchantPayment, agreementToken, account, orderNumber, amountFen,
                returnUrl, createdAt, status, wrongPasswords, transaction, failureReason, attemptsLeft,
                passwordLockedUntil, endedAt, refunded);
    }

    private SimulatedPayment ended(PaymentState newStatus, String newTransaction, PaymentFailureReason reason,
                                   Integer newAttemptsLeft, Instant lockedUntil, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("a payment ends once");
        }
        return new SimulatedPayment(id, provider, merchantPayment, agreementToken, account, orderNumber, amountFen,
                returnUrl, createdAt, newStatus, wrongPasswords, newTransaction, reason, newAttemptsLeft, lockedUntil,
                Objects.requireNonNull(at, "at"), refundedFen);
    }

    /** Never the agreement token, nor the whole account identifier, so that neither reaches a log by accident. */
    @Override
    public String toString() {
        return "SimulatedPayment[" + provider + ", " + merchantPayment + ", order " + orderNumber + ", " + amountFen
                + " fen, " + account.masked() + ", " + status + (failureReason == null ? "" : " " + failureReason)
                + ", wrong passwords " + wrongPasswords + ", refunded " + refundedFen + " fen]";
    }
}
