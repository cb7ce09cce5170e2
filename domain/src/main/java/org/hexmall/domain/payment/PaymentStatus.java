package org.hexmall.domain.payment;

import java.util.Set;

/**
 * Where a payment is. Each status lists the statuses it may move to; a payment refuses any other move,
 * so a failed payment cannot turn into a charge, and a charge is never made twice.
 */
public enum PaymentStatus {
    /** The wallet was charged. */
    SUCCEEDED,
    /** Nothing was charged, for the recorded reason; the order stays payable. */
    FAILED,
    /** The customer left the wallet app without confirming; nothing was charged. */
    CANCELLED,
    /**
     * The store closed the payment at the provider before anyone confirmed it: its time in the wallet app ran out,
     * its order closed, or the provider never said what became of it. Nothing was charged.
     */
    CLOSED,
    /**
     * The provider did not answer in time: the charge may or may not have happened. Reconciliation asks
     * the provider until it knows.
     */
    UNKNOWN(SUCCEEDED, FAILED, CLOSED),
    /** The customer is confirming in the wallet app (payment password). */
    AWAITING_CONFIRMATION(SUCCEEDED, FAILED, CANCELLED, UNKNOWN, CLOSED),
    /**
     * Recorded, before the provider is called. The payment's result may arrive before the store has recorded
     * the provider's answer to the call (a quick customer, a quick notification): it settles the payment from
     * here too.
     */
    CREATED(AWAITING_CONFIRMATION, SUCCEEDED, FAILED, CANCELLED, UNKNOWN, CLOSED);

    private final Set<PaymentStatus> next;

    PaymentStatus(PaymentStatus... next) {
        // Not an EnumSet: the enum's own constants are still being built while this constructor runs.
        this.next = Set.of(next);
    }

    public boolean canMoveTo(PaymentStatus target) {
        return next.contains(target);
    }

    public boolean isFinal() {
        return next.isEmpty();
    }

    /**
     * True while the store does not know yet whether the wallet will be charged, and the customer has nothing to
     * do: the provider has not answered the request, or answered nothing in time. No other payment of the order
     * may start meanwhile, or the customer could be charged twice.
     */
    public boolean isBeingConfirmed() {
        return this == CREATED || this == UNKNOWN;
    }
}
