package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.shared.Money;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one line of an order from a row of {@code order_lines}. */
final class OrderLineRowMapper implements RowMapper<OrderLineRow> {

    @Override
    public OrderLineRow map(ResultSet row, StatementContext context) throws SQLException {
        return new OrderLineRow(row.getString("order_id"), new OrderLine(
                new ProductId(row.getString("product_id")),
                row.getString("name_en"),
                row.getString("name_zh"),
                Category.valueOf(row.getString("category")),
                Money.ofFen(row.getLong("unit_price_fen")),
                row.getInt("quantity")));
    }
}
