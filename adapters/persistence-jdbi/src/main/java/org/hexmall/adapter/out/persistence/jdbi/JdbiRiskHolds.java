package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.HeldAttempts;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.support.AgentId;

/** Risk holds in {@code risk_holds}, one row per blocking alert. */
public final class JdbiRiskHolds implements RiskHolds {

    private static final String COLUMNS = """
            alert_id, customer_id, holds, placed_at, ends_at, lifted_at, lifted_by, lifted_by_username, lift_reason""";

    private final JdbiTransactionRunner transactions;

    JdbiRiskHolds(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void place(RiskHold hold) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO risk_holds (alert_id, customer_id, holds, placed_at, ends_at)
                        VALUES (:alert, :customerId, :holds, :placedAt, :endsAt)""")
                .bind("alert", hold.alert().toString())
                .bind("customerId", hold.customerId().toString())
                .bind("holds", hold.holds().name())
                .bind("placedAt", utc(hold.placedAt()))
                .bind("endsAt", utc(hold.endsAt()))
                .execute());
    }

    @Override
    public Optional<RiskHold> findByAlert(RiskAlertId alert) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM risk_holds WHERE alert_id = :alert")
                .bind("alert", alert.toString())
                .map((row, context) -> hold(row))
                .findOne());
    }

    @Override
    public List<RiskHold> activeOf(CustomerId customerId, Instant now) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM risk_holds
                        WHERE customer_id = :customerId AND lifted_at IS NULL AND ends_at > :now
                        ORDER BY placed_at DESC, alert_id""")
                .bind("customerId", customerId.toString())
                .bind("now", utc(now))
                .map((row, context) -> hold(row))
                .list());
    }

    @Override
    public boolean lift(RiskAlertId alert, RiskHold.Lift lift) {
        return transactions.withCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE risk_holds
                        SET lifted_at = :at, lifted_by = :agent, lifted_by_username = :username, lift_reason = :reason
                        WHERE alert_id = :alert AND lifted_at IS NULL AND ends_at > :at""")
                .bind("alert", alert.toString())
                .bind("at", utc(lift.at()))
                .bind("agent", lift.agentId().toString())
                .bind("username", lift.agentUsername())
                .bind("reason", lift.reason())
                .execute()) == 1;
    }

    private static RiskHold hold(ResultSet row) throws SQLException {
        return holdIn(row, "").orElseThrow();
    }

    /** The columns of a hold in a query that joins {@code risk_holds} as {@code alias}, each named with the prefix. */
    static String prefixedColumns(String alias, String prefix) {
        return Arrays.stream(COLUMNS.split(","))
                .map(String::strip)
                .map(column -> alias + "." + column + " AS " + prefix + column)
                .collect(Collectors.joining(", "));
    }

    /** The hold in a row whose hold columns are named with the prefix; empty when the row joined none. */
    static Optional<RiskHold> holdIn(ResultSet row, String prefix) throws SQLException {
        String alert = row.getString(prefix + "alert_id");
        if (alert == null) {
            return Optional.empty();
        }
        Instant liftedAt = instant(row, prefix + "lifted_at");
        Optional<RiskHold.Lift> lifted = liftedAt == null ? Optional.empty()
                : Optional.of(new RiskHold.Lift(liftedAt,
                        new AgentId(UUID.fromString(row.getString(prefix + "lifted_by"))),
                        row.getString(prefix + "lifted_by_username"), row.getString(prefix + "lift_reason")));
        return Optional.of(new RiskHold(new RiskAlertId(UUID.fromString(alert)),
                new CustomerId(UUID.fromString(row.getString(prefix + "customer_id"))),
                HeldAttempts.valueOf(row.getString(prefix + "holds")), instant(row, prefix + "placed_at"),
                instant(row, prefix + "ends_at"), lifted));
    }
}
