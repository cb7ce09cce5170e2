package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads the {@code payments} columns of a row. */
final class PaymentRowMapper implements RowMapper<PaymentRow> {

    @Override
    public PaymentRow map(ResultSet row, StatementContext context) throws SQLException {
        return new PaymentRow(
                new PaymentId(UUID.fromString(row.getString("id"))),
                new OrderId(UUID.fromString(row.getString("order_id"))),
                new OrderNumber(row.getString("order_number")),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                new BindingId(UUID.fromString(row.getString("binding_id"))),
                WalletProvider.valueOf(row.getString("provider")),
                Money.ofFen(row.getLong("amount_fen")),
                PaymentStatus.valueOf(row.getString("status")),
                Optional.ofNullable(row.getString("failure_reason")).map(PaymentFailureReason::valueOf),
                Optional.ofNullable(row.getString("provider_transaction")),
                Optional.ofNullable(row.getString("confirmation_url")),
                row.getBoolean("refund_due"),
                Optional.ofNullable(UtcTimestamps.instant(row, "password_locked_until")));
    }
}
