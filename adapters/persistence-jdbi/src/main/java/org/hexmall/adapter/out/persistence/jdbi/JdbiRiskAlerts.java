package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.AlertFilter;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.AlertSeverity;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** Risk alerts in {@code risk_alerts}, with the rules that fired on each in {@code risk_alert_rules}. */
public final class JdbiRiskAlerts implements RiskAlerts {

    private static final String COLUMNS = """
            id, customer_id, raised_at, attempt_kind, amount_fen, subject, client_address, decision, step_up_factor,
            severity, outcome, resolution, resolution_note, resolved_by, resolved_by_username, resolved_at""";

    /** Open first, then the most severe, then the newest; the id settles ties. */
    private static final String QUEUE_ORDER = """
            ORDER BY is_open DESC, CASE severity WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END,
                     raised_at DESC, id""";

    /** Separates a reason's arguments; none of them contains a line break. */
    private static final String ARGUMENT_SEPARATOR = "\n";

    private final JdbiTransactionRunner transactions;

    JdbiRiskAlerts(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void raise(RiskAlert alert) {
        transactions.useCurrentHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO risk_alerts (id, customer_id, raised_at, attempt_kind, amount_fen, subject,
                                                     client_address, decision, step_up_factor, severity, outcome,
                                                     is_open)
                            VALUES (:id, :customerId, :raisedAt, :kind, :amountFen, :subject, :clientAddress,
                                    :decision, :factor, :severity, :outcome, TRUE)""")
                    .bind("id", alert.id().toString())
                    .bind("customerId", alert.customerId().toString())
                    .bind("raisedAt", utc(alert.raisedAt()))
                    .bind("kind", alert.attempt().kind().name())
                    .bind("amountFen", alert.attempt().amount().map(Money::fen).orElse(null))
                    .bind("subject", alert.attempt().subject())
                    .bind("clientAddress", alert.attempt().clientAddress())
                    .bind("decision", alert.decision().name())
                    .bind("factor", alert.factor().map(JdbiRiskAlerts::factorColumn).orElse(null))
                    .bind("severity", alert.severity().name())
                    .bind("outcome", alert.outcome().name())
                    .execute();
            if (alert.fired().isEmpty()) {
                return;
            }
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO risk_alert_rules (alert_id, seq, rule, score, reason_key, reason_args)
                    VALUES (:alertId, :seq, :rule, :score, :reasonKey, :reasonArgs)""");
            for (int seq = 0; seq < alert.fired().size(); seq++) {
                FiredRule fired = alert.fired().get(seq);
                batch.bind("alertId", alert.id().toString())
                        .bind("seq", seq)
                        .bind("rule", fired.rule().name())
                        .bind("score", fired.score())
                        .bind("reasonKey", fired.reason().messageKey())
                        .bind("reasonArgs", String.join(ARGUMENT_SEPARATOR, fired.reason().arguments()))
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public Optional<RiskAlert> findById(RiskAlertId id) {
        return transactions.withCurrentHandle(handle -> withRules(handle, handle.createQuery(
                        "SELECT " + COLUMNS + " FROM risk_alerts WHERE id = :id")
                .bind("id", id.toString())
                .map((row, context) -> alertRow(row))
                .list())).stream().findFirst();
    }

    @Override
    public Page<RiskAlert> list(AlertFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter.rule().ifPresent(rule -> where.append(
                " AND EXISTS (SELECT 1 FROM risk_alert_rules r WHERE r.alert_id = risk_alerts.id AND r.rule = :rule)"));
        filter.severity().ifPresent(severity -> where.append(" AND severity = :severity"));
        filter.raisedSince().ifPresent(since -> where.append(" AND raised_at >= :since"));
        filter.outcome().ifPresent(outcome -> where.append(" AND outcome = :outcome"));
        return transactions.withCurrentHandle(handle -> {
            long total = bindFilter(handle.createQuery("SELECT COUNT(*) FROM risk_alerts" + where), filter)
                    .mapTo(Long.class).one();
            List<RiskAlert> items = withRules(handle, bindFilter(handle.createQuery(
                            "SELECT " + COLUMNS + " FROM risk_alerts" + where + " " + QUEUE_ORDER
                                    + " LIMIT :size OFFSET :offset"), filter)
                    .bind("size", size)
                    .bind("offset", (long) (page - 1) * size)
                    .map((row, context) -> alertRow(row))
                    .list());
            return new Page<>(items, page, size, total);
        });
    }

    private static Query bindFilter(Query query, AlertFilter filter) {
        filter.rule().ifPresent(rule -> query.bind("rule", rule.name()));
        filter.severity().ifPresent(severity -> query.bind("severity", severity.name()));
        filter.raisedSince().ifPresent(since -> query.bind("since", utc(since)));
        filter.outcome().ifPresent(outcome -> query.bind("outcome", outcome.name()));
        return query;
    }

    @Override
    public long countOpen() {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM risk_alerts WHERE is_open = TRUE")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<RiskAlert> latestOf(CustomerId customerId, int limit) {
        return transactions.withCurrentHandle(handle -> withRules(handle, handle.createQuery(
                        "SELECT " + COLUMNS + " FROM risk_alerts WHERE customer_id = :customerId "
                                + "ORDER BY raised_at DESC, id LIMIT :limit")
                .bind("customerId", customerId.toString())
                .bind("limit", limit)
                .map((row, context) -> alertRow(row))
                .list()));
    }

    /** An alert's row, and the hold it placed, if it did. */
    private record RowWithHold(AlertRow alert, Optional<RiskHold> hold) {
    }

    @Override
    public AlertsWithHolds latestWithHoldsOf(CustomerId customerId, int limit) {
        return transactions.withCurrentHandle(handle -> {
            List<RowWithHold> rows = handle.createQuery("SELECT a.*, " + JdbiRiskHolds.prefixedColumns("h", "hold_")
                            + " FROM (SELECT " + COLUMNS + " FROM risk_alerts WHERE customer_id = :customerId "
                            + "ORDER BY raised_at DESC, id LIMIT :limit) a "
                            + "LEFT JOIN risk_holds h ON h.alert_id = a.id "
                            + "ORDER BY a.raised_at DESC, a.id")
                    .bind("customerId", customerId.toString())
                    .bind("limit", limit)
                    .map((row, context) -> new RowWithHold(alertRow(row), JdbiRiskHolds.holdIn(row, "hold_")))
                    .list();
            return new AlertsWithHolds(withRules(handle, rows.stream().map(RowWithHold::alert).toList()),
                    rows.stream().flatMap(row -> row.hold().stream()).toList());
        });
    }

    @Override
    public boolean resolve(RiskAlertId id, Resolution resolution) {
        return transactions.withCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE risk_alerts
                        SET is_open = FALSE, resolution = :resolution, resolution_note = :note, resolved_by = :agent,
                            resolved_by_username = :username, resolved_at = :at
                        WHERE id = :id AND is_open = TRUE""")
                .bind("id", id.toString())
                .bind("resolution", resolution.kind().name())
                .bind("note", resolution.note())
                .bind("agent", resolution.agentId().toString())
                .bind("username", resolution.agentUsername())
                .bind("at", utc(resolution.at()))
                .execute()) == 1;
    }

    @Override
    public boolean recordOutcome(RiskAlertId id, AlertOutcome outcome) {
        return transactions.withCurrentHandle(handle -> handle.createUpdate(
                        "UPDATE risk_alerts SET outcome = :outcome WHERE id = :id")
                .bind("id", id.toString())
                .bind("outcome", outcome.name())
                .execute()) == 1;
    }

    @Override
    public int markAbandoned(Instant raisedBefore) {
        return transactions.withCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE risk_alerts SET outcome = :abandoned
                        WHERE outcome = :asked AND raised_at < :before""")
                .bind("abandoned", AlertOutcome.ABANDONED.name())
                .bind("asked", AlertOutcome.VERIFICATION_ASKED.name())
                .bind("before", utc(raisedBefore))
                .execute());
    }

    /** An alert's own row, before its rules are read. */
    private record AlertRow(RiskAlertId id, CustomerId customerId, Instant raisedAt, RiskAttempt attempt,
                            RiskDecision decision, Optional<StepUpFactor> factor, AlertSeverity severity,
                            AlertOutcome outcome, Optional<Resolution> resolution) {

        RiskAlert with(List<FiredRule> fired) {
            return new RiskAlert(id, customerId, raisedAt, attempt, fired, decision, factor, severity, outcome,
                    resolution);
        }
    }

    private static AlertRow alertRow(ResultSet row) throws SQLException {
        long amount = row.getLong("amount_fen");
        Optional<Money> paid = row.wasNull() ? Optional.empty() : Optional.of(Money.ofFen(amount));
        String resolution = row.getString("resolution");
        return new AlertRow(new RiskAlertId(UUID.fromString(row.getString("id"))),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                instant(row, "raised_at"),
                new RiskAttempt(AttemptKind.valueOf(row.getString("attempt_kind")), paid, row.getString("subject"),
                        row.getString("client_address")),
                RiskDecision.valueOf(row.getString("decision")),
                Optional.ofNullable(row.getString("step_up_factor")).map(JdbiRiskAlerts::factorOf),
                AlertSeverity.valueOf(row.getString("severity")),
                AlertOutcome.valueOf(row.getString("outcome")),
                resolution == null ? Optional.empty() : Optional.of(new Resolution(
                        AlertResolution.valueOf(resolution), row.getString("resolution_note"),
                        new AgentId(UUID.fromString(row.getString("resolved_by"))),
                        row.getString("resolved_by_username"), instant(row, "resolved_at"))));
    }

    private record RuleRow(String alertId, FiredRule fired) {
    }

    private static FiredRule firedRule(ResultSet row) throws SQLException {
        String args = row.getString("reason_args");
        return new FiredRule(RiskRule.valueOf(row.getString("rule")), row.getInt("score"),
                new RiskReason(row.getString("reason_key"),
                        args.isEmpty() ? List.of() : Arrays.asList(args.split(ARGUMENT_SEPARATOR, -1))));
    }

    /** The alerts, in the order given, each with its rules: one more query for all of them. */
    private static List<RiskAlert> withRules(Handle handle, List<AlertRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<FiredRule>> rules = new HashMap<>();
        handle.createQuery("""
                        SELECT alert_id, rule, score, reason_key, reason_args
                        FROM risk_alert_rules
                        WHERE alert_id IN (<ids>)
                        ORDER BY alert_id, seq""")
                .bindList("ids", rows.stream().map(row -> row.id().toString()).toList())
                .map((row, context) -> new RuleRow(row.getString("alert_id"), firedRule(row)))
                .forEach(rule -> rules.computeIfAbsent(rule.alertId(), id -> new ArrayList<>()).add(rule.fired()));
        return rows.stream().map(row -> row.with(rules.getOrDefault(row.id().toString(), List.of()))).toList();
    }

    /**
     * The column keeps the name the face check had when alerts were first stored ({@code FACE_CHECK}), so that the
     * rows already written read back unchanged.
     */
    private static String factorColumn(StepUpFactor factor) {
        return factor == StepUpFactor.FACE ? "FACE_CHECK" : factor.name();
    }

    private static StepUpFactor factorOf(String column) {
        return "FACE_CHECK".equals(column) ? StepUpFactor.FACE : StepUpFactor.valueOf(column);
    }
}
