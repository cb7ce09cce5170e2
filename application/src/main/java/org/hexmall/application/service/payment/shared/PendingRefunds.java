package org.hexmall.application.service.payment.shared;

import java.time.Instant;

/**
 * Refunds the provider could not take when they were sent, which reconciliation sends again with the same refund
 * number, so that the money goes back once.
 */
@FunctionalInterface
public interface PendingRefunds {

    /** Nothing pending: for a store without refund cases. */
    PendingRefunds NONE = now -> 0;

    /** Sends again what is pending; answers how many were refunded. */
    int retry(Instant now);
}
