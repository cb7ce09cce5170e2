package org.hexmall.adapter.out.persistence.jdbi;

import java.util.List;
import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Cart;
import org.hexmall.domain.checkout.CartLine;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Carts in the {@code cart_lines} table, one row a line: a customer without rows has an empty cart. The
 * {@code position} column keeps the lines in the order they were added.
 */
public final class JdbiCarts implements Carts {

    private static final RowMapper<CartLine> LINE = new CartLineRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiCarts(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Cart findFor(CustomerId customerId) {
        List<CartLine> lines = transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT product_id, quantity FROM cart_lines
                        WHERE customer_id = :customerId
                        ORDER BY position""")
                .bind("customerId", customerId.toString())
                .map(LINE)
                .list());
        return Cart.reconstitute(customerId, lines);
    }

    @Override
    public int countItems(CustomerId customerId) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT COALESCE(SUM(quantity), 0) FROM cart_lines WHERE customer_id = :customerId""")
                .bind("customerId", customerId.toString())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void save(Cart cart) {
        // Replaces every line in one transaction, even when called outside one, so a reader never sees half
        // a cart. Rewriting a cart of at most fifty lines is simpler than working out what changed.
        transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
            handle.createUpdate("DELETE FROM cart_lines WHERE customer_id = :customerId")
                    .bind("customerId", cart.customerId().toString())
                    .execute();
            List<CartLine> lines = cart.lines();
            if (lines.isEmpty()) {
                return;
            }
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO cart_lines (customer_id, product_id, position, quantity)
                    VALUES (:customerId, :productId, :position, :quantity)""");
            for (int position = 0; position < lines.size(); position++) {
                batch.bind("customerId", cart.customerId().toString())
                        .bind("productId", lines.get(position).productId().value())
                        .bind("position", position)
                        .bind("quantity", lines.get(position).quantity())
                        .add();
            }
            batch.execute();
        }));
    }
}
