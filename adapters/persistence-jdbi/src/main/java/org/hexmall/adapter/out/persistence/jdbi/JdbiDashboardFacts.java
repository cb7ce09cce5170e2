package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.out.persistence.DashboardFacts;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The dashboard's figures, each one aggregate statement over a time window read through an index that starts with
 * the time it counts by. A row's day is found in SQL by comparing its time with the start of each day, computed here
 * in the store's time zone, so H2 and PostgreSQL count alike whatever zone their server runs in.
 */
public final class JdbiDashboardFacts implements DashboardFacts {

    private static final String COUNTED_DAYS = """
            SELECT counted_day FROM dashboard_days
            WHERE zone = :zone AND counted_day >= :first AND counted_day <= :last
            """;

    /**
     * The counts kept for the days counted before (V28), and the others' counted from the payments, through the
     * payments' time index over those days only: {@code %s} is the day index of a payment, {@code %s} the ranges.
     */
    private static final String PAYMENTS = """
            SELECT counted_day, -1 AS day_index, provider, status, failure_reason, n
            FROM dashboard_payment_counts
            WHERE zone = :zone AND counted_day >= :first AND counted_day <= :last
            UNION ALL
            SELECT CAST(NULL AS DATE) AS counted_day, day_index, provider, status, failure_reason, COUNT(*) AS n
            FROM (SELECT %s AS day_index, provider, status, failure_reason FROM payments
                  WHERE %s) counted
            GROUP BY day_index, provider, status, failure_reason
            """;

    /**
     * The funnel's counts kept for the days counted before (V29), the others' counted from the bindings (a binding
     * reached a status when a step of its history moved it there; {@code %s} the ranges), and how many of all the
     * window's bindings are still bound now, which no day's counts can keep.
     */
    private static final String BINDING_FUNNELS = """
            SELECT provider, SUM(started) AS started, SUM(code_confirmed) AS code_confirmed,
                   SUM(approved) AS approved, SUM(bound) AS bound
            FROM (SELECT provider, started, code_confirmed, approved, 0 AS bound
                  FROM dashboard_binding_counts
                  WHERE zone = :zone AND counted_day >= :first AND counted_day <= :last
                  UNION ALL
                  SELECT b.provider, 1 AS started,
                         CASE WHEN EXISTS (SELECT 1 FROM wallet_binding_events e
                                           WHERE e.binding_id = b.id AND e.status = 'AWAITING_AUTHORIZATION')
                         THEN 1 ELSE 0 END AS code_confirmed,
                         CASE WHEN EXISTS (SELECT 1 FROM wallet_binding_events e
                                           WHERE e.binding_id = b.id AND e.status = 'ACTIVE')
                         THEN 1 ELSE 0 END AS approved,
                         0 AS bound
                  FROM wallet_bindings b
                  WHERE %s
                  UNION ALL
                  SELECT provider, 0 AS started, 0 AS code_confirmed, 0 AS approved, 1 AS bound
                  FROM wallet_bindings
                  WHERE started_at >= :start AND started_at < :end AND status = 'ACTIVE') funnel
            GROUP BY provider
            """;

    private static final String REFUNDS = """
            SELECT day_index, COUNT(*) AS n, SUM(amount_fen) AS fen
            FROM (SELECT %s AS day_index, amount_fen FROM payment_refunds
                  WHERE at >= :start AND at < :end) counted
            GROUP BY day_index
            """;

    /** Each queue's count and its longest wait, in one statement, each through its table's (status, requested_at). */
    private static final String WAITING = """
            SELECT 'REFUND_APPROVALS' AS queue, COUNT(*) AS n, MIN(requested_at) AS oldest
            FROM refund_cases WHERE status = 'AWAITING_APPROVAL'
            UNION ALL
            SELECT 'AFTER_SALES_REQUESTS' AS queue, COUNT(*) AS n, MIN(requested_at) AS oldest
            FROM refund_cases WHERE status = 'REQUESTED'
            UNION ALL
            SELECT 'COMPENSATION_APPROVALS' AS queue, COUNT(*) AS n, MIN(requested_at) AS oldest
            FROM compensations WHERE status = 'PENDING'
            """;

    private static final String OPEN_ALERTS_BY_RULE = """
            SELECT r.rule, COUNT(DISTINCT r.alert_id) AS n
            FROM risk_alerts a JOIN risk_alert_rules r ON r.alert_id = a.id
            WHERE a.is_open = TRUE
            GROUP BY r.rule
            """;

    private final JdbiTransactionRunner transactions;

    JdbiDashboardFacts(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<PaymentCount> payments(Days days) {
        List<LocalDate> dates = days.dates();
        return transactions.withCurrentHandle(handle -> {
            List<Days> uncounted = uncountedStretches(days, countedDays(handle, days));
            Query query = withDayStarts(handle.createQuery(
                    PAYMENTS.formatted(dayIndex("created_at", dates.size()), ranges("created_at", uncounted))), days)
                    .bind("zone", days.zone().getId())
                    .bind("first", days.first())
                    .bind("last", days.last());
            return withRanges(query, uncounted).map((row, context) -> new PaymentCount(
                            row.getInt("day_index") < 0 ? row.getObject("counted_day", LocalDate.class)
                                    : dates.get(row.getInt("day_index")),
                            WalletProvider.valueOf(row.getString("provider")),
                            PaymentStatus.valueOf(row.getString("status")),
                            Optional.ofNullable(row.getString("failure_reason")).map(PaymentFailureReason::valueOf),
                            row.getLong("n")))
                    .list();
        });
    }

    private static Set<LocalDate> countedDays(Handle handle, Days days) {
        return Set.copyOf(handle.createQuery(COUNTED_DAYS)
                .bind("zone", days.zone().getId())
                .bind("first", days.first())
                .bind("last", days.last())
                .mapTo(LocalDate.class)
                .list());
    }

    /** {@code column} within any of the stretches, bound by {@link #withRanges}; never true for none. */
    private static String ranges(String column, List<Days> stretches) {
        StringBuilder ranges = new StringBuilder(stretches.isEmpty() ? "1 = 0" : "");
        for (int index = 0; index < stretches.size(); index++) {
            ranges.append(index == 0 ? "" : " OR ").append('(').append(column).append(" >= :from").append(index)
                    .append(" AND ").append(column).append(" < :to").append(index).append(')');
        }
        return ranges.toString();
    }

    private static Query withRanges(Query query, List<Days> stretches) {
        for (int index = 0; index < stretches.size(); index++) {
            query.bind("from" + index, utc(stretches.get(index).start()))
                    .bind("to" + index, utc(stretches.get(index).end()));
        }
        return query;
    }

    /** The runs of consecutive days not counted before, first to last; usually one, ending today. */
    private static List<Days> uncountedStretches(Days days, Set<LocalDate> counted) {
        List<Days> stretches = new ArrayList<>();
        LocalDate first = null;
        for (LocalDate day : days.dates()) {
            if (counted.contains(day)) {
                if (first != null) {
                    stretches.add(new Days(first, day.minusDays(1), days.zone()));
                    first = null;
                }
            } else if (first == null) {
                first = day;
            }
        }
        if (first != null) {
            stretches.add(new Days(first, days.last(), days.zone()));
        }
        return stretches;
    }

    @Override
    public List<BindingFunnel> bindingFunnels(Days days) {
        return transactions.withCurrentHandle(handle -> {
            List<Days> uncounted = uncountedStretches(days, countedDays(handle, days));
            Query query = handle.createQuery(BINDING_FUNNELS.formatted(ranges("b.started_at", uncounted)))
                    .bind("zone", days.zone().getId())
                    .bind("first", days.first())
                    .bind("last", days.last())
                    .bind("start", utc(days.start()))
                    .bind("end", utc(days.end()));
            return withRanges(query, uncounted)
                    .map((row, context) -> new BindingFunnel(WalletProvider.valueOf(row.getString("provider")),
                            row.getLong("started"), row.getLong("code_confirmed"), row.getLong("approved"),
                            row.getLong("bound")))
                    .list();
        });
    }

    @Override
    public List<RefundCount> refunds(Days days) {
        List<LocalDate> dates = days.dates();
        return transactions.withCurrentHandle(handle -> inWindow(
                handle.createQuery(REFUNDS.formatted(dayIndex("at", dates.size()))), days)
                .map((row, context) -> new RefundCount(dates.get(row.getInt("day_index")), row.getLong("n"),
                        Money.ofFen(row.getLong("fen"))))
                .list());
    }

    @Override
    public Map<RiskRule, Long> openAlertsByRule() {
        Map<RiskRule, Long> counts = new EnumMap<>(RiskRule.class);
        transactions.withCurrentHandle(handle -> handle.createQuery(OPEN_ALERTS_BY_RULE)
                .map((row, context) -> Map.entry(RiskRule.valueOf(row.getString("rule")), row.getLong("n")))
                .list())
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    @Override
    public Map<Queue, Waiting> waiting() {
        Map<Queue, Waiting> waiting = new EnumMap<>(Queue.class);
        for (Queue queue : Queue.values()) {
            waiting.put(queue, Waiting.NONE);
        }
        transactions.withCurrentHandle(handle -> handle.createQuery(WAITING)
                .map((row, context) -> Map.entry(Queue.valueOf(row.getString("queue").strip()),
                        new Waiting(row.getLong("n"), Optional.ofNullable(UtcTimestamps.instant(row, "oldest")))))
                .list())
                .forEach(queue -> waiting.put(queue.getKey(), queue.getValue()));
        return waiting;
    }

    /**
     * The index of the day a row's time falls on, 0 for the first: {@code CASE WHEN at >= :day13 THEN 13 … ELSE 0}.
     * The rows are already limited to the window, so the first day needs no test of its own.
     */
    private static String dayIndex(String column, int dayCount) {
        if (dayCount == 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int index = dayCount - 1; index > 0; index--) {
            sql.append(" WHEN ").append(column).append(" >= :day").append(index).append(" THEN ").append(index);
        }
        return sql.append(" ELSE 0 END").toString();
    }

    private static Query inWindow(Query query, Days days) {
        return withDayStarts(query.bind("start", utc(days.start())).bind("end", utc(days.end())), days);
    }

    /** Binds the start of each day but the first, which {@link #dayIndex} compares with. */
    private static Query withDayStarts(Query query, Days days) {
        List<LocalDate> dates = days.dates();
        for (int index = 1; index < dates.size(); index++) {
            query.bind("day" + index, utc(days.startOf(dates.get(index))));
        }
        return query;
    }
}
