package org.hexmall.adapter.out.persistence.jdbi;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** Orders in the {@code orders} table, their lines in {@code order_lines}. */
public final class JdbiOrders implements Orders {

    private static final String COLUMNS = "id, order_number, customer_id, placed_at, status, status_changed_at";
    private static final String NEWEST_FIRST = "placed_at DESC, id";
    private static final String OLDEST_FIRST = "placed_at, id";

    private static final RowMapper<OrderRow> ORDER = new OrderRowMapper();
    private static final RowMapper<OrderLineRow> LINE = new OrderLineRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiOrders(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Order order) {
        // One transaction, so that an order is never stored without its lines, even when called outside one.
        refusingDuplicates("an order with this id or number already exists", () ->
                transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
                    handle.createUpdate("""
                                    INSERT INTO orders (%s)
                                    VALUES (:id, :orderNumber, :customerId, :placedAt, :status,
                                        :statusChangedAt)""".formatted(COLUMNS))
                            .bind("id", order.id().toString())
                            .bind("orderNumber", order.number().value())
                            .bind("customerId", order.customerId().toString())
                            .bind("placedAt", utc(order.placedAt()))
                            .bind("status", order.status().name())
                            .bind("statusChangedAt", utc(order.statusChangedAt()))
                            .execute();
                    insertLines(handle, order);
                })));
    }

    @Override
    public void update(Order order) {
        // Only the status moves: the lines are a snapshot taken when the customer settled.
        transactions.useCurrentHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE orders SET status = :status, status_changed_at = :statusChangedAt
                            WHERE id = :id""")
                    .bind("id", order.id().toString())
                    .bind("status", order.status().name())
                    .bind("statusChangedAt", utc(order.statusChangedAt()))
                    .execute();
            if (updated == 0) {
                throw new IllegalStateException("order " + order.id() + " was never added");
            }
        });
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return findWhere("id = :id", NEWEST_FIRST, query -> query.bind("id", id.toString())).stream().findFirst();
    }

    /**
     * Locks the order's row ({@code SELECT ... FOR UPDATE}, which H2 and PostgreSQL both honour) until the
     * transaction ends, reading it as the last transaction to hold it left it, then reads its lines. Outside a
     * transaction the lock would end with the statement, so that is refused.
     */
    @Override
    public Optional<Order> lockById(OrderId id) {
        return lockWhere("id = :id", query -> query.bind("id", id.toString()));
    }

    @Override
    public boolean lock(OrderId id) {
        return transactions.withCurrentHandle(handle -> {
            requireTransaction(handle);
            return handle.createQuery("SELECT id FROM orders WHERE id = :id FOR UPDATE")
                    .bind("id", id.toString())
                    .mapTo(String.class)
                    .findOne()
                    .isPresent();
        });
    }

    @Override
    public Optional<Order> lockPaidBy(PaymentId payment) {
        return lockWhere("id = (SELECT order_id FROM payments WHERE id = :paymentId)",
                query -> query.bind("paymentId", payment.toString()));
    }

    private Optional<Order> lockWhere(String condition, Consumer<Query> values) {
        return transactions.withCurrentHandle(handle -> {
            requireTransaction(handle);
            Query lock = handle.createQuery("SELECT " + COLUMNS + " FROM orders WHERE " + condition + " FOR UPDATE");
            values.accept(lock);
            return lock.map(ORDER).findOne().map(row -> row.withLines(linesOf(handle, row.id().toString())));
        });
    }

    /** Outside a transaction the lock would end with the statement, so that is refused. */
    private static void requireTransaction(Handle handle) {
        if (!handle.isInTransaction()) {
            throw new IllegalStateException("an order is locked only inside a transaction");
        }
    }

    private static List<OrderLine> linesOf(Handle handle, String orderId) {
        return handle.createQuery("""
                        SELECT order_id, product_id, name_en, name_zh, category, unit_price_fen, quantity
                        FROM order_lines
                        WHERE order_id = :orderId
                        ORDER BY line_number""")
                .bind("orderId", orderId)
                .map(LINE)
                .map(OrderLineRow::line)
                .list();
    }

    @Override
    public Optional<Order> findByNumber(OrderNumber number) {
        return findWhere("order_number = :number", NEWEST_FIRST, query -> query.bind("number", number.value()))
                .stream().findFirst();
    }

    @Override
    public List<Order> findByCustomer(CustomerId customerId) {
        return findWhere("customer_id = :customerId", NEWEST_FIRST,
                query -> query.bind("customerId", customerId.toString()));
    }

    @Override
    public List<Order> findAwaitingPaymentPlacedBefore(Instant cutoff) {
        return findWhere("status = :status AND placed_at < :cutoff", OLDEST_FIRST,
                query -> query.bind("status", OrderStatus.AWAITING_PAYMENT.name()).bind("cutoff", utc(cutoff)));
    }

    /** {@code SKIP LOCKED} is understood alike by PostgreSQL and by H2 (2.2 and later). */
    @Override
    public List<OrderId> lockAwaitingPaymentPlacedBefore(Instant cutoff, int limit) {
        return transactions.withCurrentHandle(handle -> {
            requireTransaction(handle);
            return handle.createQuery("""
                            SELECT id FROM orders WHERE status = :status AND placed_at < :cutoff
                            ORDER BY placed_at, id FETCH FIRST :limit ROWS ONLY FOR UPDATE SKIP LOCKED""")
                    .bind("status", OrderStatus.AWAITING_PAYMENT.name())
                    .bind("cutoff", utc(cutoff))
                    .bind("limit", limit)
                    .mapTo(String.class)
                    .map(id -> new OrderId(UUID.fromString(id)))
                    .list();
        });
    }

    /**
     * The orders that meet the condition, each with all of its lines: one query for the orders and one, with
     * the same condition, for all of their lines, so that a long list costs two queries and not one per order.
     */
    private List<Order> findWhere(String condition, String order, Consumer<Query> values) {
        return transactions.withCurrentHandle(handle -> {
            Query orderQuery = handle.createQuery(
                    "SELECT " + COLUMNS + " FROM orders WHERE " + condition + " ORDER BY " + order);
            values.accept(orderQuery);
            List<OrderRow> rows = orderQuery.map(ORDER).list();
            if (rows.isEmpty()) {
                return List.of();
            }
            Query lineQuery = handle.createQuery("""
                    SELECT order_id, product_id, name_en, name_zh, category, unit_price_fen, quantity
                    FROM order_lines
                    WHERE order_id IN (SELECT id FROM orders WHERE %s)
                    ORDER BY order_id, line_number""".formatted(condition));
            values.accept(lineQuery);
            Map<String, List<OrderLine>> lines = lineQuery.map(LINE).stream()
                    .collect(groupingBy(OrderLineRow::orderId, mapping(OrderLineRow::line, toList())));
            return rows.stream()
                    .map(row -> row.withLines(lines.getOrDefault(row.id().toString(), List.of())))
                    .toList();
        });
    }

    private static void insertLines(Handle handle, Order order) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO order_lines (order_id, line_number, product_id, name_en, name_zh, category,
                    unit_price_fen, quantity)
                VALUES (:orderId, :lineNumber, :productId, :nameEn, :nameZh, :category, :unitPriceFen,
                    :quantity)""");
        List<OrderLine> lines = order.lines();
        for (int lineNumber = 0; lineNumber < lines.size(); lineNumber++) {
            OrderLine line = lines.get(lineNumber);
            batch.bind("orderId", order.id().toString())
                    .bind("lineNumber", lineNumber)
                    .bind("productId", line.productId().value())
                    .bind("nameEn", line.nameEn())
                    .bind("nameZh", line.nameZh())
                    .bind("category", line.category().name())
                    .bind("unitPriceFen", line.unitPrice().fen())
                    .bind("quantity", line.quantity())
                    .add();
        }
        batch.execute();
    }
}
