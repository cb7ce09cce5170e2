package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a session from a row of {@code sessions}. */
final class SessionRowMapper implements RowMapper<Session> {

    @Override
    public Session map(ResultSet row, StatementContext context) throws SQLException {
        String languageTag = row.getString("language");
        return new Session(
                new SessionId(row.getString("id")),
                new PrincipalColumns(row.getString("principal_kind"), row.getString("principal_id"),
                        row.getString("agent_role")).toPrincipal(),
                row.getString("csrf_token"),
                Language.fromTag(languageTag).orElseThrow(() ->
                        new IllegalStateException("unknown language in the sessions table: " + languageTag)),
                instant(row, "created_at"),
                instant(row, "last_seen_at"),
                row.getString("device_id") == null ? null : DeviceId.parse(row.getString("device_id")).orElseThrow());
    }
}
