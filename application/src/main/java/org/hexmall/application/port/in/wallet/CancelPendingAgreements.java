package org.hexmall.application.port.in.wallet;

/**
 * Housekeeping, run on a schedule: the agreements of bindings ended in hexmall that their provider has not yet
 * cancelled (it could not be reached when the binding ended) are asked for again once their retry is due, until the
 * provider answers.
 */
public interface CancelPendingAgreements {

    /** One pass; answers how many agreements are over now. */
    int cancelPending();
}
