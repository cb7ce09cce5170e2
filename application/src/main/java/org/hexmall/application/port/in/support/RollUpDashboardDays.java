package org.hexmall.application.port.in.support;

/**
 * Housekeeping, run on a schedule: the payments of the dashboard's finished days are counted once per day, so that
 * the dashboard reads those counts instead of every payment.
 */
public interface RollUpDashboardDays {

    /** Returns how many days were counted by this pass. */
    int rollUp();
}
