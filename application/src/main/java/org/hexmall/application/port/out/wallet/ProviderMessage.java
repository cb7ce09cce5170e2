package org.hexmall.application.port.out.wallet;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;

/**
 * A message from a wallet provider whose signature the gateway has checked. Every verified message
 * carries a one-time nonce and the time it was issued, so the store can refuse replays and stale ones.
 */
public sealed interface ProviderMessage {

    /** The customer approved the binding in the wallet app; the provider granted this agreement. */
    record AuthorizationApproved(String state, String agreementToken, String nonce, Instant issuedAt)
            implements ProviderMessage {
    }

    /** The customer said no in the wallet app. */
    record AuthorizationRejected(String state, String nonce, Instant issuedAt) implements ProviderMessage {
    }

    /** The customer re-confirmed the binding in the wallet app, with the payment password. */
    record ReconfirmationApproved(String state, String nonce, Instant issuedAt) implements ProviderMessage {
    }

    /** The customer said in the wallet app that they do not re-confirm the binding. */
    record ReconfirmationRejected(String state, String nonce, Instant issuedAt) implements ProviderMessage {
    }

    /** The customer cancelled the agreement inside the wallet app. */
    record AgreementCancelled(String agreementToken, String nonce, Instant issuedAt) implements ProviderMessage {
    }

    /**
     * The customer confirmed the payment in the wallet app and the wallet was charged.
     *
     * @param wrongPasswords wrong payment passwords typed for this payment before the right one
     */
    record PaymentSucceeded(PaymentId payment, String orderNumber, Money amount, String transaction,
                            int wrongPasswords, String nonce, Instant issuedAt) implements PaymentResult {
    }

    /**
     * The payment ended without a charge.
     *
     * @param attemptsLeft how many more wrong payment passwords the wallet accepts, when the reason is a
     *                     wrong one
     * @param lockedUntil  until when the wallet refuses the payment password, when the reason is its lock
     */
    record PaymentFailed(PaymentId payment, String orderNumber, Money amount, PaymentFailureReason reason,
                         int wrongPasswords, OptionalInt attemptsLeft, Optional<Instant> lockedUntil, String nonce,
                         Instant issuedAt) implements PaymentResult {
    }

    /** The customer left the wallet app without paying. */
    record PaymentCancelled(PaymentId payment, String orderNumber, Money amount, int wrongPasswords, String nonce,
                            Instant issuedAt) implements PaymentResult {
    }

    /** The signed result of a payment, whether the browser brought it back or the provider sent it. */
    sealed interface PaymentResult extends ProviderMessage {
        PaymentId payment();

        String orderNumber();

        Money amount();

        int wrongPasswords();

        Instant issuedAt();
    }

    /**
     * The provider confirms a refund it answered "processing": the money is back in the wallet.
     *
     * @param refundNumber   the store's number for the refund
     * @param providerRefund the provider's reference for it
     */
    record RefundSucceeded(PaymentId payment, String refundNumber, Money amount, String providerRefund, String nonce,
                           Instant issuedAt) implements RefundConfirmation {
    }

    /** The provider says a refund it answered "processing" did not go through, and why; nothing was given back. */
    record RefundFailed(PaymentId payment, String refundNumber, Money amount, String why, String nonce,
                        Instant issuedAt) implements RefundConfirmation {
    }

    /** How a refund the provider answered "processing" ended, sent to the store's notify endpoint. */
    sealed interface RefundConfirmation extends ProviderMessage {
        PaymentId payment();

        String refundNumber();

        Money amount();

        String nonce();

        Instant issuedAt();
    }

    /** Not a message the store can trust: bad or missing signature, or missing fields. */
    record Unverifiable(String why) implements ProviderMessage {
    }
}
