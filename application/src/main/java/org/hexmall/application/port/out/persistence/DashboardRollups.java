package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dashboard's payment and binding funnel counts of finished days, kept once per day so that the dashboard reads a
 * few rows per day instead of every payment and binding of it. {@link DashboardFacts} reads them for the days counted here and counts the others
 * (today, at least) from the payments themselves, so both give the same figures.
 */
public interface DashboardRollups {

    /**
     * Counts the payments created on the day (of the zone) by wallet, status and failure reason, and the bindings
     * started on it by how far they got, and keeps the counts, unless the day is already counted, has not ended by
     * {@code now}, or still has a payment whose outcome is not final or a binding still under way (their counts could
     * still change). A day is counted once however many nodes try it.
     */
    Outcome rollUp(LocalDate day, ZoneId zone, Instant now);

    /** What became of a day that was offered to be counted. */
    enum Outcome {
        /** Counted now. */
        COUNTED,
        /** Counted before; nothing changed. */
        ALREADY_COUNTED,
        /** Not counted: the day has not ended, or one of its payments or bindings is still under way. */
        NOT_FINISHED
    }
}
