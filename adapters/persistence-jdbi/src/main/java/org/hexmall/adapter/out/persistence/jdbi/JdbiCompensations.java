package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.hexmall.domain.support.CompensationKind;
import org.hexmall.domain.support.CompensationStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Compensations in {@code compensations}, one row each. A grant within the daily limit is one conditional insert
 * made after locking the agent's row, so that an agent's grants at once are summed one after the other; a decision
 * is an update that only a row still {@code PENDING} takes. The unique {@code (requested_by, request_key)} keeps one
 * row per form: of two inserts with the same key the database makes the second wait for the first, then refuses it.
 */
public final class JdbiCompensations implements Compensations {

    private static final String COLUMNS = """
            id, customer_id, kind, campaign_id, name_en, name_zh, points, value_fen, reason, requested_by,
            requested_by_username, requested_at, status, decided_by, decided_by_username, decision_reason,
            decided_at""";
    private static final String VALUES = """
            :id, :customerId, :kind, :campaignId, :nameEn, :nameZh, :points, :valueFen, :reason, :requestedBy,
            :requestedByUsername, :requestedAt, :status, :decidedBy, :decidedByUsername, :decisionReason,
            :decidedAt""";
    private static final String GRANTED_SINCE = """
            SELECT COALESCE(SUM(value_fen), 0) AS granted FROM compensations
            WHERE requested_by = :requestedBy AND status = 'GRANTED' AND requested_at >= :since""";

    private final JdbiTransactionRunner transactions;

    JdbiCompensations(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean grantWithinLimit(Compensation granted, String requestKey, Instant since, Money dailyLimit) {
        requireStatus(granted, CompensationStatus.GRANTED);
        return transactions.inTransaction(() -> transactions.withCurrentHandle(handle -> {
            // The agent's row is the lock that puts one grant of theirs after another.
            handle.createQuery("SELECT id FROM agents WHERE id = :agent FOR UPDATE")
                    .bind("agent", granted.requestedBy().toString())
                    .mapTo(String.class)
                    .findOne();
            Update insert = handle.createUpdate("INSERT INTO compensations (" + COLUMNS + ", request_key) SELECT "
                    + VALUES + ", :requestKey FROM (" + GRANTED_SINCE + ") so_far"
                    + " WHERE so_far.granted + :valueFen <= :limit");
            bind(insert, granted).bind("requestKey", requestKey).bind("since", utc(since))
                    .bind("limit", dailyLimit.fen());
            return UniqueValues.answerRefusingDuplicates("compensation " + granted.id() + " or its form key",
                    () -> insert.execute() == 1);
        }));
    }

    @Override
    public void add(Compensation request, String requestKey) {
        requireStatus(request, CompensationStatus.PENDING);
        UniqueValues.refusingDuplicates("compensation " + request.id() + " or its form key",
                () -> transactions.useCurrentHandle(handle -> bind(handle.createUpdate("INSERT INTO compensations ("
                        + COLUMNS + ", request_key) VALUES (" + VALUES + ", :requestKey)"), request)
                        .bind("requestKey", requestKey)
                        .execute()));
    }

    private static void requireStatus(Compensation compensation, CompensationStatus expected) {
        if (compensation.status() != expected) {
            throw new IllegalArgumentException("expected a " + expected + " compensation");
        }
    }

    private static Update bind(Update statement, Compensation compensation) {
        Optional<Compensation.Decision> decision = compensation.decision();
        return statement.bind("id", compensation.id().toString())
                .bind("customerId", compensation.customerId().toString())
                .bind("kind", compensation.kind().name())
                .bind("campaignId", compensation.campaignId().map(CampaignId::toString).orElse(null))
                .bind("nameEn", compensation.nameEn())
                .bind("nameZh", compensation.nameZh())
                .bind("points", compensation.points())
                .bind("valueFen", compensation.value().fen())
                .bind("reason", compensation.reason())
                .bind("requestedBy", compensation.requestedBy().toString())
                .bind("requestedByUsername", compensation.requestedByUsername())
                .bind("requestedAt", utc(compensation.requestedAt()))
                .bind("status", compensation.status().name())
                .bind("decidedBy", decision.map(made -> made.by().toString()).orElse(null))
                .bind("decidedByUsername", decision.map(Compensation.Decision::byUsername).orElse(null))
                .bind("decisionReason", decision.map(Compensation.Decision::reason).orElse(null))
                .bind("decidedAt", utc(decision.map(Compensation.Decision::at).orElse(null)));
    }

    @Override
    public Optional<Compensation> findById(CompensationId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM compensations WHERE id = :id")
                .bind("id", id.toString())
                .map((row, context) -> compensation(row))
                .findOne());
    }

    @Override
    public Optional<Compensation> findByRequestKey(AgentId agent, String requestKey) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM compensations WHERE requested_by = :agent"
                                + " AND request_key = :requestKey")
                .bind("agent", agent.toString())
                .bind("requestKey", requestKey)
                .map((row, context) -> compensation(row))
                .findOne());
    }

    @Override
    public boolean decide(Compensation decided) {
        Compensation.Decision decision = decided.decision()
                .orElseThrow(() -> new IllegalArgumentException("a decision is approved or rejected"));
        return transactions.withCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE compensations SET status = :status, decided_by = :decidedBy,
                            decided_by_username = :decidedByUsername, decision_reason = :decisionReason,
                            decided_at = :decidedAt
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("id", decided.id().toString())
                .bind("status", decided.status().name())
                .bind("decidedBy", decision.by().toString())
                .bind("decidedByUsername", decision.byUsername())
                .bind("decisionReason", decision.reason())
                .bind("decidedAt", utc(decision.at()))
                .execute() == 1);
    }

    @Override
    public Money grantedSince(AgentId agent, Instant since) {
        return transactions.withCurrentHandle(handle -> Money.ofFen(handle.createQuery(GRANTED_SINCE)
                .bind("requestedBy", agent.toString())
                .bind("since", utc(since))
                .mapTo(Long.class)
                .one()));
    }

    @Override
    public Page<Compensation> pending(int page, int size) {
        return transactions.withCurrentHandle(handle -> page(handle, "status = 'PENDING'", "requested_at, id",
                null, page, size));
    }

    @Override
    public Page<Compensation> ofCustomer(CustomerId customerId, int page, int size) {
        return transactions.withCurrentHandle(handle -> page(handle, "customer_id = :customerId",
                "requested_at DESC, id DESC", customerId.toString(), page, size));
    }

    private static Page<Compensation> page(Handle handle, String where, String order, String customerId, int page,
                                           int size) {
        var count = handle.createQuery("SELECT COUNT(*) FROM compensations WHERE " + where);
        var items = handle.createQuery("SELECT " + COLUMNS + " FROM compensations WHERE " + where + " ORDER BY "
                + order + " LIMIT :size OFFSET :offset");
        if (customerId != null) {
            count.bind("customerId", customerId);
            items.bind("customerId", customerId);
        }
        long total = count.mapTo(Long.class).one();
        List<Compensation> found = items.bind("size", size)
                .bind("offset", (long) (page - 1) * size)
                .map((row, context) -> compensation(row))
                .list();
        return new Page<>(found, page, size, total);
    }

    private static Compensation compensation(ResultSet row) throws SQLException {
        String decidedBy = row.getString("decided_by");
        Optional<Compensation.Decision> decision = decidedBy == null ? Optional.empty()
                : Optional.of(new Compensation.Decision(new AgentId(UUID.fromString(decidedBy)),
                        row.getString("decided_by_username"), row.getString("decision_reason"),
                        instant(row, "decided_at")));
        return new Compensation(new CompensationId(UUID.fromString(row.getString("id"))),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                CompensationKind.valueOf(row.getString("kind")),
                Optional.ofNullable(row.getString("campaign_id")).map(UUID::fromString).map(CampaignId::new),
                row.getString("name_en"), row.getString("name_zh"), row.getLong("points"),
                Money.ofFen(row.getLong("value_fen")), row.getString("reason"),
                new AgentId(UUID.fromString(row.getString("requested_by"))), row.getString("requested_by_username"),
                instant(row, "requested_at"), CompensationStatus.valueOf(row.getString("status")), decision);
    }
}
