package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentStatus;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one step of a payment's timeline from a row of {@code payment_events}. */
final class PaymentEventRowMapper implements RowMapper<PaymentEventRow> {

    @Override
    public PaymentEventRow map(ResultSet row, StatementContext context) throws SQLException {
        return new PaymentEventRow(row.getString("payment_id"), new PaymentEvent(
                instant(row, "at"),
                PaymentStatus.valueOf(row.getString("status")),
                Optional.ofNullable(row.getString("detail"))));
    }
}
