package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderStatus;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a row of {@code orders}. */
final class OrderRowMapper implements RowMapper<OrderRow> {

    @Override
    public OrderRow map(ResultSet row, StatementContext context) throws SQLException {
        return new OrderRow(
                new OrderId(UUID.fromString(row.getString("id"))),
                new OrderNumber(row.getString("order_number")),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                instant(row, "placed_at"),
                OrderStatus.valueOf(row.getString("status")),
                instant(row, "status_changed_at"));
    }
}
