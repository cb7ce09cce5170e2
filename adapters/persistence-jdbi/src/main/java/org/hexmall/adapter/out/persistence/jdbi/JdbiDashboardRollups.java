package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.hexmall.application.port.out.persistence.DashboardFacts.Days;
import org.hexmall.application.port.out.persistence.DashboardRollups;
import org.hexmall.domain.payment.PaymentStatus;

/**
 * Counts a finished day's payments into {@code dashboard_payment_counts} in the caller's transaction. The day's row
 * in {@code dashboard_days} is written first and only if no payment of the day still waits for its outcome; its
 * primary key makes a second count of the same day, by another node at the same moment, fail instead of doubling.
 */
final class JdbiDashboardRollups implements DashboardRollups {

    private static final String CLAIM_THE_DAY = """
            INSERT INTO dashboard_days (zone, counted_day, counted_at)
            SELECT :zone, :day, :now FROM (VALUES (1)) AS one (x)
            WHERE NOT EXISTS (SELECT 1 FROM dashboard_days WHERE zone = :zone AND counted_day = :day)
              AND NOT EXISTS (SELECT 1 FROM payments
                              WHERE created_at >= :start AND created_at < :end AND status IN (<unsettled>))
            """;

    private static final String COUNT_THE_DAY = """
            INSERT INTO dashboard_payment_counts (zone, counted_day, provider, status, failure_reason, n)
            SELECT :zone, :day, provider, status, failure_reason, COUNT(*)
            FROM payments
            WHERE created_at >= :start AND created_at < :end
            GROUP BY provider, status, failure_reason
            """;

    private static final String IS_COUNTED =
            "SELECT COUNT(*) FROM dashboard_days WHERE zone = :zone AND counted_day = :day";

    private static final List<String> UNSETTLED = Arrays.stream(PaymentStatus.values())
            .filter(status -> !status.isFinal()).map(PaymentStatus::name).toList();

    private final JdbiTransactionRunner transactions;

    JdbiDashboardRollups(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Outcome rollUp(LocalDate day, ZoneId zone, Instant now) {
        Days theDay = new Days(day, day, zone);
        if (theDay.end().isAfter(now)) {
            return Outcome.NOT_FINISHED;
        }
        return transactions.withCurrentHandle(handle -> {
            int claimed = handle.createUpdate(CLAIM_THE_DAY)
                    .bind("zone", zone.getId())
                    .bind("day", day)
                    .bind("now", utc(now))
                    .bind("start", utc(theDay.start()))
                    .bind("end", utc(theDay.end()))
                    .bindList("unsettled", UNSETTLED)
                    .execute();
            if (claimed == 0) {
                boolean counted = handle.createQuery(IS_COUNTED)
                        .bind("zone", zone.getId())
                        .bind("day", day)
                        .mapTo(Long.class)
                        .one() > 0;
                return counted ? Outcome.ALREADY_COUNTED : Outcome.NOT_FINISHED;
            }
            handle.createUpdate(COUNT_THE_DAY)
                    .bind("zone", zone.getId())
                    .bind("day", day)
                    .bind("start", utc(theDay.start()))
                    .bind("end", utc(theDay.end()))
                    .execute();
            return Outcome.COUNTED;
        });
    }
}
