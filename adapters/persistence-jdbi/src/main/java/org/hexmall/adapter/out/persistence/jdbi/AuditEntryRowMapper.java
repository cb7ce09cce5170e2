package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one agent action from a row of {@code audit_log}. */
final class AuditEntryRowMapper implements RowMapper<AuditEntry> {

    @Override
    public AuditEntry map(ResultSet row, StatementContext context) throws SQLException {
        return new AuditEntry(
                instant(row, "acted_at"),
                new AgentId(UUID.fromString(row.getString("agent_id"))),
                row.getString("agent_username"),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                AgentAction.valueOf(row.getString("action")),
                row.getString("subject"),
                row.getString("reason"));
    }
}
