package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.security.VerificationCodeId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a sent code from a row of {@code verification_codes}. */
final class VerificationCodeRowMapper implements RowMapper<VerificationCode> {

    @Override
    public VerificationCode map(ResultSet row, StatementContext context) throws SQLException {
        return new VerificationCode(
                new VerificationCodeId(UUID.fromString(row.getString("id"))),
                new PhoneNumber(row.getString("phone")),
                CodePurpose.valueOf(row.getString("purpose")),
                row.getString("code_hash"),
                instant(row, "sent_at"),
                row.getInt("wrong_entries"),
                instant(row, "used_at"));
    }
}
