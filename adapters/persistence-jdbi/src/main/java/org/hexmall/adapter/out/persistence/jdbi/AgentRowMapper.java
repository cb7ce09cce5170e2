package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads an agent from a row of {@code agents}. */
final class AgentRowMapper implements RowMapper<Agent> {

    @Override
    public Agent map(ResultSet row, StatementContext context) throws SQLException {
        return Agent.reconstitute(
                new AgentId(UUID.fromString(row.getString("id"))),
                new AgentUsername(row.getString("username")),
                row.getString("display_name"),
                AgentRole.valueOf(row.getString("role")),
                new PasswordHash(row.getString("password_hash")),
                instant(row, "created_at"),
                new LoginThrottle(row.getInt("failed_logins"), instant(row, "locked_until")),
                row.getBoolean("disabled"),
                row.getBoolean("must_change_password"));
    }
}
