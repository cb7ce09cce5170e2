package org.hexmall.application.port.in.risk;

/**
 * Housekeeping, run on a schedule: an alert whose customer was asked for a proof and never gave it, once nothing can
 * answer it any more, is stored as abandoned, so that agents can list those alerts by it.
 */
public interface MarkAbandonedAlerts {

    /** Returns how many alerts were marked. */
    int mark();
}
