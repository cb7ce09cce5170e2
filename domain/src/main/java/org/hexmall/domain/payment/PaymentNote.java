package org.hexmall.domain.payment;

/**
 * Something that happened to a payment without moving it to another status, as its timeline shows it
 * to agents.
 */
public enum PaymentNote {
    /** The customer typed a wrong payment password in the wallet app. */
    WRONG_PAYMENT_PASSWORD,
    /** The wallet app sent the customer back with a signed result. */
    RETURN_RECEIVED,
    /** The provider's signed notification arrived at the notify endpoint. */
    NOTIFICATION_RECEIVED,
    /** A result the payment already had arrived again (a retried notification, a reloaded page): ignored. */
    DUPLICATE_IGNORED,
    /** A signed message named this payment but not its order number or amount: refused. */
    MISMATCH_REFUSED,
    /** Reconciliation asked the provider, which did not know the outcome yet. */
    RECONCILIATION_PENDING,
    /**
     * The wallet that pays it was unbound (by the customer, by an agent, or replaced) before the payment had an
     * outcome: the store closes it at the provider, and a charge confirmed for it anyway goes back.
     */
    WALLET_UNBOUND,
    /**
     * The customer's account was frozen (by the customer or by customer service) before the payment had an outcome:
     * the store closes it at the provider, and a charge confirmed for it anyway goes back.
     */
    ACCOUNT_FROZEN,
    /** The order had been paid by another payment already: this one is refunded. */
    DOUBLE_PAYMENT,
    /** Money went back to the wallet. */
    REFUNDED,
    /** A refund could not be made now; it is tried again. */
    REFUND_FAILED
}
