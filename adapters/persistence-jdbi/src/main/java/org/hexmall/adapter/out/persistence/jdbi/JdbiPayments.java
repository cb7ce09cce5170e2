package org.hexmall.adapter.out.persistence.jdbi;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Refund;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Payments in the {@code payments} table, their timelines in {@code payment_events} and their refunds in
 * {@code payment_refunds}. Timeline and refunds are only ever added to: an update inserts what the payment
 * gained since it was read and never rewrites an earlier row.
 */
public final class JdbiPayments implements Payments {

    private static final String COLUMNS = """
            id, order_id, binding_id, provider, amount_fen, status, failure_reason, provider_transaction,
            confirmation_url, refund_due""";
    private static final String OLDEST_FIRST = "created_at, id";

    private static final RowMapper<PaymentRow> PAYMENT = new PaymentRowMapper();
    private static final RowMapper<PaymentEventRow> EVENT = new PaymentEventRowMapper();
    private static final RowMapper<RefundRow> REFUND = new RefundRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiPayments(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Payment payment) {
        // One transaction, so that a payment is never stored without its timeline, even when called outside one.
        refusingDuplicates("a payment with this id already exists", () ->
                transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
                    handle.createUpdate("""
                                    INSERT INTO payments (%s, created_at)
                                    VALUES (:id, :orderId, :bindingId, :provider, :amountFen, :status,
                                        :failureReason, :providerTransaction, :confirmationUrl, :refundDue,
                                        :createdAt)""".formatted(COLUMNS))
                            .bind("id", payment.id().toString())
                            .bind("orderId", payment.orderId().toString())
                            .bind("bindingId", payment.bindingId().toString())
                            .bind("provider", payment.provider().name())
                            .bind("amountFen", payment.amount().fen())
                            .bind("status", payment.status().name())
                            .bind("failureReason", payment.failureReason().map(Enum::name).orElse(null))
                            .bind("providerTransaction", payment.providerTransaction().orElse(null))
                            .bind("confirmationUrl", payment.confirmationUrl().orElse(null))
                            .bind("refundDue", payment.isRefundDue())
                            .bind("createdAt", utc(payment.createdAt()))
                            .execute();
                    appendTimeline(handle, payment, 0);
                    appendRefunds(handle, payment, 0);
                })));
    }

    @Override
    public void update(Payment payment) {
        // A step or refund number taken twice means that two requests changed this payment at the same moment,
        // which holding the order's lock prevents.
        refusingDuplicates("another request changed this payment", () ->
                transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
                    int updated = handle.createUpdate("""
                                    UPDATE payments
                                    SET status = :status, failure_reason = :failureReason,
                                        provider_transaction = :providerTransaction,
                                        confirmation_url = :confirmationUrl, refund_due = :refundDue
                                    WHERE id = :id""")
                            .bind("id", payment.id().toString())
                            .bind("status", payment.status().name())
                            .bind("failureReason", payment.failureReason().map(Enum::name).orElse(null))
                            .bind("providerTransaction", payment.providerTransaction().orElse(null))
                            .bind("confirmationUrl", payment.confirmationUrl().orElse(null))
                            .bind("refundDue", payment.isRefundDue())
                            .execute();
                    if (updated == 0) {
                        throw new IllegalStateException("payment " + payment.id() + " was never added");
                    }
                    appendTimeline(handle, payment, countRows(handle, "payment_events", payment));
                    appendRefunds(handle, payment, countRows(handle, "payment_refunds", payment));
                })));
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return findWhere("id = :id", query -> query.bind("id", id.toString())).stream().findFirst();
    }

    @Override
    public List<Payment> findByOrder(OrderId orderId) {
        return findWhere("order_id = :orderId", query -> query.bind("orderId", orderId.toString()));
    }

    @Override
    public List<Payment> findByOrders(Collection<OrderId> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of(); // no orders have no payments; and "IN ()" is not valid SQL
        }
        List<String> ids = orderIds.stream().map(OrderId::toString).distinct().toList();
        return findWhere("order_id IN (<orderIds>)", query -> query.bindList("orderIds", ids));
    }

    @Override
    public List<Payment> findByStatusCreatedBefore(PaymentStatus status, Instant cutoff) {
        return findWhere("status = :status AND created_at < :cutoff",
                query -> query.bind("status", status.name()).bind("cutoff", utc(cutoff)));
    }

    @Override
    public List<Payment> findRefundDue() {
        return findWhere("refund_due = :refundDue", query -> query.bind("refundDue", true));
    }

    /**
     * The payments that meet the condition, oldest first, each with its refunds and timeline: one query for
     * the payments and one each, with the same condition, for all of their refunds and events, so that a long
     * list costs three queries and not three per payment.
     */
    private List<Payment> findWhere(String condition, Consumer<Query> values) {
        return transactions.withCurrentHandle(handle -> {
            Query paymentQuery = handle.createQuery(
                    "SELECT " + COLUMNS + " FROM payments WHERE " + condition + " ORDER BY " + OLDEST_FIRST);
            values.accept(paymentQuery);
            List<PaymentRow> rows = paymentQuery.map(PAYMENT).list();
            if (rows.isEmpty()) {
                return List.of();
            }
            Query refundQuery = handle.createQuery("""
                    SELECT payment_id, request_number, amount_fen, reason, at, provider_refund
                    FROM payment_refunds
                    WHERE payment_id IN (SELECT id FROM payments WHERE %s)
                    ORDER BY payment_id, id""".formatted(condition));
            values.accept(refundQuery);
            Map<String, List<Refund>> refunds = refundQuery.map(REFUND).stream()
                    .collect(groupingBy(RefundRow::paymentId, mapping(RefundRow::refund, toList())));
            Query eventQuery = handle.createQuery("""
                    SELECT payment_id, at, status, detail
                    FROM payment_events
                    WHERE payment_id IN (SELECT id FROM payments WHERE %s)
                    ORDER BY payment_id, seq""".formatted(condition));
            values.accept(eventQuery);
            Map<String, List<PaymentEvent>> timelines = eventQuery.map(EVENT).stream()
                    .collect(groupingBy(PaymentEventRow::paymentId, mapping(PaymentEventRow::event, toList())));
            return rows.stream()
                    .map(row -> row.with(refunds.getOrDefault(row.id().toString(), List.of()),
                            timelines.getOrDefault(row.id().toString(), List.of())))
                    .toList();
        });
    }

    /** How many rows of the table (its timeline or its refunds) the payment has stored. */
    private static int countRows(Handle handle, String table, Payment payment) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE payment_id = :id")
                .bind("id", payment.id().toString())
                .mapTo(Integer.class)
                .one();
    }

    /** Inserts the payment's timeline from step {@code firstNewStep} on: the steps before it are stored. */
    private static void appendTimeline(Handle handle, Payment payment, int firstNewStep) {
        List<PaymentEvent> timeline = payment.timeline();
        if (firstNewStep >= timeline.size()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO payment_events (payment_id, seq, at, status, detail)
                VALUES (:paymentId, :seq, :at, :status, :detail)""");
        for (int step = firstNewStep; step < timeline.size(); step++) {
            PaymentEvent event = timeline.get(step);
            batch.bind("paymentId", payment.id().toString())
                    .bind("seq", step)
                    .bind("at", utc(event.at()))
                    .bind("status", event.status().name())
                    .bind("detail", event.detail().orElse(null))
                    .add();
        }
        batch.execute();
    }

    /**
     * Inserts the payment's refunds from the {@code firstNew}-th on, in the order they were made: the ones
     * before it are stored.
     */
    private static void appendRefunds(Handle handle, Payment payment, int firstNew) {
        List<Refund> refunds = payment.refunds();
        if (firstNew >= refunds.size()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO payment_refunds (payment_id, request_number, amount_fen, reason, at, provider_refund)
                VALUES (:paymentId, :requestNumber, :amountFen, :reason, :at, :providerRefund)""");
        for (Refund refund : refunds.subList(firstNew, refunds.size())) {
            batch.bind("paymentId", payment.id().toString())
                    .bind("requestNumber", refund.requestNumber())
                    .bind("amountFen", refund.amount().fen())
                    .bind("reason", refund.reason().name())
                    .bind("at", utc(refund.at()))
                    .bind("providerRefund", refund.providerRefund())
                    .add();
        }
        batch.execute();
    }
}
