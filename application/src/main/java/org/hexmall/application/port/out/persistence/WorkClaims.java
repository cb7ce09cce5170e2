package org.hexmall.application.port.out.persistence;

import java.time.Instant;

/**
 * Leases on background work, so that when several store nodes share one database an item is worked on by one of them
 * at a time: a node claims the item before it asks a provider about it, and lets it go afterwards. A node that dies
 * holding a claim holds it only until the lease runs out; then any node may take the item again.
 */
public interface WorkClaims {

    /** The kinds of work a node claims item by item. */
    enum Work {
        /** Asking a provider about a payment the store cannot leave as it is (reconciliation). */
        PAYMENT_CHECK,
        /** Sending a refund again that the provider could not take before. */
        REFUND_RETRY
    }

    /**
     * Claims the item until {@code until}; true if this caller holds it now: nobody held it, or the last holder's
     * lease had run out by {@code now}. Inside a transaction it joins it; a refused claim leaves the transaction
     * usable.
     */
    boolean claim(Work work, String item, Instant now, Instant until);

    /** Lets the item go before its lease runs out, so the next pass of any node may take it. */
    void release(Work work, String item);
}
