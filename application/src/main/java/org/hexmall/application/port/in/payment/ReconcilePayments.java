package org.hexmall.application.port.in.payment;

/**
 * The scheduled job that settles payments whose outcome the store does not know (the provider did not
 * answer), by asking the provider on a backoff schedule, and gives back money owed for orders paid twice.
 */
public interface ReconcilePayments {

    /** One pass; answers how many payments it settled or refunded. */
    int reconcile();
}
