package org.hexmall.domain.payment;

/**
 * Why a payment failed, each with its own message and next step for the customer (the guides' FAQ),
 * and shown to agents as it happened.
 */
public enum PaymentFailureReason {
    /** Top up the wallet, or pay with another one. */
    INSUFFICIENT_BALANCE,
    /** Try the payment password again (attempts are limited). */
    WRONG_PAYMENT_PASSWORD,
    /** Reset the payment password in the wallet app, or wait until the lock ends. */
    PAYMENT_PASSWORD_LOCKED,
    /** Bind a wallet, or bind it again if it was unbound since settling. */
    WALLET_NOT_BOUND,
    /** The provider could not be reached: try again later; nothing was charged. */
    PROVIDER_UNAVAILABLE,
    /**
     * The provider did not answer the store in time, so the customer was never sent to pay; the store closed the
     * payment at the provider once it could: nothing was charged, and the order can be paid again at once.
     */
    PROVIDER_TIMED_OUT,
    /** The provider answered that it declined, without a more specific reason. */
    DECLINED
}
