package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.shared.Money;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one refund of a payment from a row of {@code payment_refunds}. */
final class RefundRowMapper implements RowMapper<RefundRow> {

    @Override
    public RefundRow map(ResultSet row, StatementContext context) throws SQLException {
        return new RefundRow(row.getString("payment_id"), new Refund(
                row.getString("request_number"),
                Money.ofFen(row.getLong("amount_fen")),
                RefundReason.valueOf(row.getString("reason")),
                instant(row, "at"),
                row.getString("provider_refund")));
    }
}
