package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dashboard's payment counts of finished days, kept once per day so that the dashboard reads a few rows per day
 * instead of every payment of it. {@link DashboardFacts} reads them for the days counted here and counts the others
 * (today, at least) from the payments themselves, so both give the same figures.
 */
public interface DashboardRollups {

    /**
     * Counts the payments created on the day (of the zone) by wallet, status and failure reason and keeps the counts,
     * unless the day is already counted, has not ended by {@code now}, or still has a payment whose outcome is not
     * final (its count could still change). A day is counted once however many nodes try it.
     */
    Outcome rollUp(LocalDate day, ZoneId zone, Instant now);

    /** What became of a day that was offered to be counted. */
    enum Outcome {
        /** Counted now. */
        COUNTED,
        /** Counted before; nothing changed. */
        ALREADY_COUNTED,
        /** Not counted: the day has not ended, or one of its payments still waits for its outcome. */
        NOT_FINISHED
    }
}
