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
import org.hexmall.domain.wallet.BindingStatus;

/**
 * Counts a finished day's payments and bindings into {@code dashboard_payment_counts} and
 * {@code dashboard_binding_counts} in the caller's transaction. The day's row in {@code dashboard_days} is written
 * first and only if no payment of the day still waits for its outcome and no binding for its customer; its
 * primary key makes a second count of the same day, by another node at the same moment, fail instead of doubling.
 */
final class JdbiDashboardRollups implements DashboardRollups {

    private static final String CLAIM_THE_DAY = """
            INSERT INTO dashboard_days (zone, counted_day, counted_at)
            SELECT :zone, :day, :now FROM (VALUES (1)) AS one (x)
            WHERE NOT EXISTS (SELECT 1 FROM dashboard_days WHERE zone = :zone AND counted_day = :day)
              AND NOT EXISTS (SELECT 1 FROM payments
                              WHERE created_at >= :start AND created_at < :end AND status IN (<unsettled>))
              AND NOT EXISTS (SELECT 1 FROM wallet_bindings
                              WHERE started_at >= :start AND started_at < :end AND status IN (<pending>))
            """;

    /** A binding reached a status when a step of its history moved it there. */
    private static final String COUNT_THE_DAYS_BINDINGS = """
            INSERT INTO dashboard_binding_counts (zone, counted_day, provider, started, code_confirmed, approved)
            SELECT :zone, :day, b.provider, COUNT(*),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM wallet_binding_events e
                                         WHERE e.binding_id = b.id AND e.status = 'AWAITING_AUTHORIZATION')
                       THEN 1 ELSE 0 END),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM wallet_binding_events e
                                         WHERE e.binding_id = b.id AND e.status = 'ACTIVE')
                       THEN 1 ELSE 0 END)
            FROM wallet_bindings b
            WHERE b.started_at >= :start AND b.started_at < :end
            GROUP BY b.provider
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
    private static final List<String> PENDING = Arrays.stream(BindingStatus.values())
            .filter(BindingStatus::isPending).map(BindingStatus::name).toList();

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
                    .bindList("pending", PENDING)
                    .execute();
            if (claimed == 0) {
                boolean counted = handle.createQuery(IS_COUNTED)
                        .bind("zone", zone.getId())
                        .bind("day", day)
                        .mapTo(Long.class)
                        .one() > 0;
                return counted ? Outcome.ALREADY_COUNTED : Outcome.NOT_FINISHED;
            }
            for (String counts : List.of(COUNT_THE_DAY, COUNT_THE_DAYS_BINDINGS)) {
                handle.createUpdate(counts)
                        .bind("zone", zone.getId())
                        .bind("day", day)
                        .bind("start", utc(theDay.start()))
                        .bind("end", utc(theDay.end()))
                        .execute();
            }
            return Outcome.COUNTED;
        });
    }
}
