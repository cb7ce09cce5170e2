package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a customer from a row of {@code customers}. */
final class CustomerRowMapper implements RowMapper<Customer> {

    @Override
    public Customer map(ResultSet row, StatementContext context) throws SQLException {
        return Customer.reconstitute(
                new CustomerId(UUID.fromString(row.getString("id"))),
                new PhoneNumber(row.getString("phone")),
                Optional.ofNullable(row.getString("email")).map(EmailAddress::new),
                new DisplayName(row.getString("display_name")),
                new PasswordHash(row.getString("password_hash")),
                AccountStatus.valueOf(row.getString("status")),
                instant(row, "registered_at"),
                new LoginThrottle(row.getInt("failed_logins"), instant(row, "locked_until")));
    }
}
