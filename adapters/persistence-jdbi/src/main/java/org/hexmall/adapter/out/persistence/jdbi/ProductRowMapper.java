package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.Money;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a product from a row of {@code products}. */
final class ProductRowMapper implements RowMapper<Product> {

    @Override
    public Product map(ResultSet row, StatementContext context) throws SQLException {
        return new Product(
                new ProductId(row.getString("id")),
                row.getString("name_en"),
                row.getString("name_zh"),
                Category.valueOf(row.getString("category")),
                Money.ofFen(row.getLong("price_fen")));
    }
}
