package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.AuditLogFilter;
import org.hexmall.application.port.out.persistence.AuditLogStretch;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentAuditEntry;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.AuditRecord;
import org.hexmall.domain.support.CampaignAuditEntry;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Agents' actions in the append-only {@code audit_log} table: this class only inserts and reads. An entry names
 * exactly one of a customer, a campaign or an agent.
 */
public final class JdbiAuditLog implements AuditLog {

    private static final RowMapper<AuditEntry> AUDIT_ENTRY = new AuditEntryRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiAuditLog(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (acted_at, agent_id, agent_username, customer_id, action, subject,
                                               reason)
                        VALUES (:actedAt, :agentId, :agentUsername, :customerId, :action, :subject, :reason)""")
                .bind("actedAt", utc(entry.at()))
                .bind("agentId", entry.agentId().toString())
                .bind("agentUsername", entry.agentUsername())
                .bind("customerId", entry.customerId().toString())
                .bind("action", entry.action().name())
                .bind("subject", entry.subject())
                .bind("reason", entry.reason())
                .execute());
    }

    @Override
    public List<AuditEntry> forCustomer(CustomerId customerId, int limit) {
        // Of two entries at the same instant, the one appended later comes first.
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT acted_at, agent_id, agent_username, customer_id, action, subject, reason
                        FROM audit_log
                        WHERE customer_id = :customerId
                        ORDER BY acted_at DESC, id DESC
                        LIMIT :limit""")
                .bind("customerId", customerId.toString())
                .bind("limit", limit)
                .map(AUDIT_ENTRY)
                .list());
    }

    @Override
    public void append(CampaignAuditEntry entry) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (acted_at, agent_id, agent_username, campaign_id, action, subject,
                                               reason)
                        VALUES (:actedAt, :agentId, :agentUsername, :campaignId, :action, :subject, :reason)""")
                .bind("actedAt", utc(entry.at()))
                .bind("agentId", entry.agentId().toString())
                .bind("agentUsername", entry.agentUsername())
                .bind("campaignId", entry.campaignId().toString())
                .bind("action", entry.action().name())
                .bind("subject", entry.subject())
                .bind("reason", entry.reason())
                .execute());
    }

    @Override
    public List<CampaignAuditEntry> forCampaign(CampaignId campaignId, int limit) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT acted_at, agent_id, agent_username, campaign_id, action, subject, reason
                        FROM audit_log
                        WHERE campaign_id = :campaignId
                        ORDER BY acted_at DESC, id DESC
                        LIMIT :limit""")
                .bind("campaignId", campaignId.toString())
                .bind("limit", limit)
                .map((row, context) -> new CampaignAuditEntry(instant(row, "acted_at"),
                        new AgentId(UUID.fromString(row.getString("agent_id"))), row.getString("agent_username"),
                        new CampaignId(UUID.fromString(row.getString("campaign_id"))),
                        AgentAction.valueOf(row.getString("action")), row.getString("subject"),
                        row.getString("reason")))
                .list());
    }

    @Override
    public void append(AgentAuditEntry entry) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (acted_at, agent_id, agent_username, target_agent_id, action, subject,
                                               reason)
                        VALUES (:actedAt, :agentId, :agentUsername, :targetAgentId, :action, :subject, :reason)""")
                .bind("actedAt", utc(entry.at()))
                .bind("agentId", entry.agentId().toString())
                .bind("agentUsername", entry.agentUsername())
                .bind("targetAgentId", entry.targetAgentId().toString())
                .bind("action", entry.action().name())
                .bind("subject", entry.subject())
                .bind("reason", entry.reason())
                .execute());
    }

    @Override
    public List<AuditRecord> search(AuditLogFilter filter, int offset, int limit) {
        return transactions.withCurrentHandle(handle -> {
            Query query = handle.createQuery("""
                            SELECT id, acted_at, agent_id, agent_username, customer_id, campaign_id, target_agent_id,
                                   action, subject, reason
                            FROM audit_log
                            %s
                            ORDER BY acted_at DESC, id DESC
                            LIMIT :limit OFFSET :offset""".formatted(where(filter, false)))
                    .bind("limit", limit)
                    .bind("offset", offset);
            bindFilter(query, filter);
            return query.map((row, context) -> record(row)).list();
        });
    }

    @Override
    public AuditLogStretch stretch(AuditLogFilter filter, Optional<AuditLogStretch.Position> after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a stretch holds at least one line");
        }
        // Of two lines at the same instant the one appended later comes first: it has the higher id.
        List<Positioned> read = transactions.withCurrentHandle(handle -> {
            Query query = handle.createQuery("""
                            SELECT id, acted_at, agent_id, agent_username, customer_id, campaign_id, target_agent_id,
                                   action, subject, reason
                            FROM audit_log
                            %s
                            ORDER BY acted_at DESC, id DESC
                            LIMIT :limit""".formatted(where(filter, after.isPresent())))
                    .bind("limit", limit);
            bindFilter(query, filter);
            after.ifPresent(position -> query.bind("afterAt", utc(position.at()))
                    .bind("afterId", position.sequence()));
            return query.map((row, context) -> new Positioned(record(row),
                    new AuditLogStretch.Position(instant(row, "acted_at"), row.getLong("id")))).list();
        });
        Optional<AuditLogStretch.Position> next = read.size() < limit ? Optional.empty()
                : Optional.of(read.getLast().position());
        return new AuditLogStretch(read.stream().map(Positioned::record).toList(), next);
    }

    private record Positioned(AuditRecord record, AuditLogStretch.Position position) {
    }

    private static String where(AuditLogFilter filter, boolean after) {
        List<String> conditions = new ArrayList<>();
        filter.agent().ifPresent(agent -> conditions.add("agent_id = :agent"));
        filter.customer().ifPresent(customer -> conditions.add("customer_id = :customer"));
        filter.action().ifPresent(action -> conditions.add("action = :action"));
        filter.from().ifPresent(from -> conditions.add("acted_at >= :from"));
        filter.until().ifPresent(until -> conditions.add("acted_at < :until"));
        if (after) {
            conditions.add("acted_at <= :afterAt AND (acted_at < :afterAt OR id < :afterId)");
        }
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    private static void bindFilter(Query query, AuditLogFilter filter) {
        filter.agent().ifPresent(agent -> query.bind("agent", agent.toString()));
        filter.customer().ifPresent(customer -> query.bind("customer", customer.toString()));
        filter.action().ifPresent(action -> query.bind("action", action.name()));
        filter.from().ifPresent(from -> query.bind("from", utc(from)));
        filter.until().ifPresent(until -> query.bind("until", utc(until)));
    }

    private static AuditRecord record(ResultSet row) throws SQLException {
        AuditRecord.Target target;
        String targetId;
        if (row.getString("customer_id") != null) {
            target = AuditRecord.Target.CUSTOMER;
            targetId = row.getString("customer_id");
        } else if (row.getString("campaign_id") != null) {
            target = AuditRecord.Target.CAMPAIGN;
            targetId = row.getString("campaign_id");
        } else {
            target = AuditRecord.Target.AGENT;
            targetId = row.getString("target_agent_id");
        }
        return new AuditRecord(instant(row, "acted_at"),
                new AgentId(UUID.fromString(row.getString("agent_id"))), row.getString("agent_username"),
                target, targetId, AgentAction.valueOf(row.getString("action")), row.getString("subject"),
                row.getString("reason"));
    }
}
