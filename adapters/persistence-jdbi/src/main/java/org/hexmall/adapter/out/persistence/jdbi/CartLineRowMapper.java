package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.CartLine;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one line of a cart from a row of {@code cart_lines}. */
final class CartLineRowMapper implements RowMapper<CartLine> {

    @Override
    public CartLine map(ResultSet row, StatementContext context) throws SQLException {
        return new CartLine(new ProductId(row.getString("product_id")), row.getInt("quantity"));
    }
}
