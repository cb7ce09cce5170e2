package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.List;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AuditEntry;
import org.jdbi.v3.core.mapper.RowMapper;

/** Agents' actions in the append-only {@code audit_log} table: this class only inserts and reads. */
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
}
