package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one login attempt from a row of {@code login_history}. */
final class LoginRecordRowMapper implements RowMapper<LoginRecord> {

    @Override
    public LoginRecord map(ResultSet row, StatementContext context) throws SQLException {
        return new LoginRecord(
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                instant(row, "attempted_at"),
                LoginOutcome.valueOf(row.getString("outcome")),
                row.getString("client_address"));
    }
}
