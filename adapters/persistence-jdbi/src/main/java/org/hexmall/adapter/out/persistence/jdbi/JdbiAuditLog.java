package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.List;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.CampaignAuditEntry;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Agents' actions in the append-only {@code audit_log} table: this class only inserts and reads. An entry names a
 * customer or a campaign, never both.
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
}
