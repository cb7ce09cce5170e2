package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Payments in the {@code payments} table, their timelines in {@code payment_events} and their refunds in
 * {@code payment_refunds}.
 * <p>
 * A read is one query: the payments joined with their steps and their refunds, one row for each pair, folded back
 * into payments here. Timeline and refunds are only ever added to, so an update writes the payment's row and, in
 * one batch each, the steps and refunds the database does not have yet, whatever the caller read before.
 */
public final class JdbiPayments implements Payments {

    private static final String SELECT = """
            SELECT p.id, p.order_id, p.order_number, p.customer_id, p.binding_id, p.provider, p.amount_fen, p.status,
                   p.failure_reason, p.provider_transaction, p.confirmation_url, p.refund_due,
                   p.password_locked_until,
                   e.seq AS event_seq, e.at AS event_at, e.kind AS event_kind, e.status AS event_status,
                   e.detail AS event_detail,
                   r.id AS refund_id, r.request_number AS refund_number, r.amount_fen AS refund_fen,
                   r.reason AS refund_reason, r.at AS refund_at, r.provider_refund AS refund_reference
            FROM payments p
            LEFT JOIN payment_events e ON e.payment_id = p.id
            LEFT JOIN payment_refunds r ON r.payment_id = p.id
            WHERE %s
            ORDER BY p.created_at, p.id, e.seq, r.id""";
    private static final List<String> UNDER_WAY = List.of(PaymentStatus.CREATED.name(),
            PaymentStatus.AWAITING_CONFIRMATION.name(), PaymentStatus.UNKNOWN.name());

    private static final RowMapper<PaymentRow> PAYMENT = new PaymentRowMapper();

    private final JdbiTransactionRunner transactions;
    private final PaymentUpdateSignals updates = new PaymentUpdateSignals();

    JdbiPayments(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Payment payment) {
        // One transaction, so that a payment is never stored without its timeline, even when called outside one.
        refusingDuplicates("a payment with this id already exists", () ->
                transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
                    handle.createUpdate("""
                                    INSERT INTO payments (id, order_id, order_number, customer_id, binding_id, provider,
                                        amount_fen, status, failure_reason, provider_transaction, confirmation_url,
                                        refund_due, created_at, password_locked_until)
                                    VALUES (:id, :orderId, :orderNumber, :customerId, :bindingId, :provider,
                                        :amountFen, :status, :failureReason, :providerTransaction, :confirmationUrl,
                                        :refundDue, :createdAt, :passwordLockedUntil)""")
                            .bind("id", payment.id().toString())
                            .bind("orderId", payment.orderId().toString())
                            .bind("orderNumber", payment.orderNumber().value())
                            .bind("customerId", payment.customerId().toString())
                            .bind("bindingId", payment.bindingId().toString())
                            .bind("provider", payment.provider().name())
                            .bind("amountFen", payment.amount().fen())
                            .bind("status", payment.status().name())
                            .bind("failureReason", payment.failureReason().map(Enum::name).orElse(null))
                            .bind("providerTransaction", payment.providerTransaction().orElse(null))
                            .bind("confirmationUrl", payment.confirmationUrl().orElse(null))
                            .bind("refundDue", payment.isRefundDue())
                            .bind("createdAt", utc(payment.createdAt()))
                            .bind("passwordLockedUntil", utc(payment.passwordLockedUntil().orElse(null)))
                            .execute();
                    insertMissingSteps(handle, payment);
                    insertMissingRefunds(handle, payment);
                })));
        transactions.afterCommit(() -> updates.updated(payment.id(), payment.timeline().size()));
    }

    @Override
    public void update(Payment payment) {
        transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE payments
                            SET status = :status, failure_reason = :failureReason,
                                provider_transaction = :providerTransaction,
                                confirmation_url = :confirmationUrl, refund_due = :refundDue,
                                password_locked_until = :passwordLockedUntil
                            WHERE id = :id""")
                    .bind("id", payment.id().toString())
                    .bind("status", payment.status().name())
                    .bind("failureReason", payment.failureReason().map(Enum::name).orElse(null))
                    .bind("providerTransaction", payment.providerTransaction().orElse(null))
                    .bind("confirmationUrl", payment.confirmationUrl().orElse(null))
                    .bind("refundDue", payment.isRefundDue())
                    .bind("passwordLockedUntil", utc(payment.passwordLockedUntil().orElse(null)))
                    .execute();
            if (updated == 0) {
                throw new IllegalStateException("payment " + payment.id() + " was never added");
            }
            insertMissingSteps(handle, payment);
            insertMissingRefunds(handle, payment);
        }));
        transactions.afterCommit(() -> updates.updated(payment.id(), payment.timeline().size()));
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return findWhere("p.id = :id", query -> query.bind("id", id.toString())).stream().findFirst();
    }

    @Override
    public List<Payment> findByOrder(OrderId orderId) {
        return findWhere("p.order_id = :orderId", query -> query.bind("orderId", orderId.toString()));
    }

    @Override
    public List<Payment> findByOrders(Collection<OrderId> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of(); // no orders have no payments; and "IN ()" is not valid SQL
        }
        List<String> ids = orderIds.stream().map(OrderId::toString).distinct().toList();
        return findWhere("p.order_id IN (<orderIds>)", query -> query.bindList("orderIds", ids));
    }

    @Override
    public List<Payment> findByStatusCreatedBefore(PaymentStatus status, Instant cutoff) {
        return findWhere("p.status = :status AND p.created_at < :cutoff",
                query -> query.bind("status", status.name()).bind("cutoff", utc(cutoff)));
    }

    @Override
    public List<Payment> findUnderWayOfClosedOrders() {
        return findWhere("""
                        p.status IN (<underWay>)
                        AND p.order_id IN (SELECT o.id FROM orders o WHERE o.status = :closed)""",
                query -> query.bindList("underWay", UNDER_WAY).bind("closed", OrderStatus.CLOSED.name()));
    }

    /** The customer's index finds their few payments; the wallet and the status pick those among them. */
    @Override
    public List<Payment> findUnderWayWith(CustomerId customer, BindingId wallet) {
        return findWhere("p.customer_id = :customerId AND p.binding_id = :bindingId AND p.status IN (<underWay>)",
                query -> query.bind("customerId", customer.toString()).bind("bindingId", wallet.toString())
                        .bindList("underWay", UNDER_WAY));
    }

    @Override
    public List<Payment> findUnderWayOfEndedBindings() {
        return findWhere("""
                        p.status IN (<underWay>)
                        AND EXISTS (SELECT 1 FROM wallet_bindings b
                                    WHERE b.id = p.binding_id AND b.status <> :active)""",
                query -> query.bindList("underWay", UNDER_WAY).bind("active", BindingStatus.ACTIVE.name()));
    }

    /** The customer's index finds their few payments; the status picks those among them. */
    @Override
    public List<Payment> findUnderWayOf(CustomerId customer) {
        return findWhere("p.customer_id = :customerId AND p.status IN (<underWay>)",
                query -> query.bind("customerId", customer.toString()).bindList("underWay", UNDER_WAY));
    }

    @Override
    public List<Payment> findUnderWayOfFrozenAccounts() {
        return findWhere("""
                        p.status IN (<underWay>)
                        AND EXISTS (SELECT 1 FROM customers c WHERE c.id = p.customer_id AND c.status = :frozen)""",
                query -> query.bindList("underWay", UNDER_WAY).bind("frozen", AccountStatus.FROZEN.name()));
    }

    @Override
    public List<Payment> findRefundDue() {
        return findWhere("p.refund_due = :refundDue", query -> query.bind("refundDue", true));
    }

    /**
     * Told at once of a change made through this node, and of one it made since the caller's read without asking the
     * database (it remembers how many steps the payments it changed lately have); one made by another node shows in
     * the payment's timeline, which is looked at every {@link PaymentUpdateSignals#LOOK_AGAIN_EVERY} while waiting.
     * Every change of a payment adds a step to its timeline, so more steps than the caller saw is a change.
     */
    @Override
    public boolean awaitChange(Payment asSeen, Duration atMost) {
        PaymentId id = asSeen.id();
        int stepsSeen = asSeen.timeline().size();
        long giveUpAt = System.nanoTime() + atMost.toNanos();
        long signalsSeen = updates.watch(id);
        try {
            if (updates.stepsStoredHere(id) > stepsSeen) {
                return true;
            }
            while (true) {
                long left = giveUpAt - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                Duration wait = Duration.ofNanos(Math.min(left, PaymentUpdateSignals.LOOK_AGAIN_EVERY.toNanos()));
                if (updates.awaitAfter(id, signalsSeen, wait) || stepsStored(id) > stepsSeen) {
                    return true;
                }
            }
        } finally {
            updates.unwatch(id);
        }
    }

    private int stepsStored(PaymentId id) {
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM payment_events WHERE payment_id = :id")
                .bind("id", id.toString())
                .mapTo(Integer.class)
                .one());
    }

    private List<Payment> findWhere(String condition, Consumer<Query> values) {
        return transactions.withCurrentHandle(handle -> {
            Query query = handle.createQuery(SELECT.formatted(condition));
            values.accept(query);
            Map<PaymentId, Folding> payments = new LinkedHashMap<>();
            query.map((row, context) -> {
                PaymentRow payment = PAYMENT.map(row, context);
                payments.computeIfAbsent(payment.id(), id -> new Folding(payment)).add(row);
                return payment.id();
            }).list();
            return payments.values().stream().map(Folding::payment).toList();
        });
    }

    /** One payment being read back from its joined rows: each step and each refund appears in several of them. */
    private static final class Folding {

        private final PaymentRow row;
        private final Map<Integer, PaymentEvent> steps = new TreeMap<>();
        private final Map<Long, Refund> refunds = new TreeMap<>();

        Folding(PaymentRow row) {
            this.row = row;
        }

        void add(ResultSet joined) throws SQLException {
            int step = joined.getInt("event_seq");
            if (!joined.wasNull() && !steps.containsKey(step)) {
                PaymentEventColumns columns = new PaymentEventColumns(joined.getString("event_kind"),
                        joined.getString("event_status"), joined.getString("event_detail"));
                steps.put(step, columns.toEvent(instant(joined, "event_at")));
            }
            long refundId = joined.getLong("refund_id");
            if (!joined.wasNull() && !refunds.containsKey(refundId)) {
                refunds.put(refundId, new Refund(joined.getString("refund_number"),
                        Money.ofFen(joined.getLong("refund_fen")), RefundReason.valueOf(joined.getString("refund_reason")),
                        instant(joined, "refund_at"), joined.getString("refund_reference")));
            }
        }

        Payment payment() {
            return row.with(new ArrayList<>(refunds.values()), new ArrayList<>(steps.values()));
        }
    }

    /** Inserts, in one batch, the steps of the payment's timeline the database does not have yet. */
    private static void insertMissingSteps(Handle handle, Payment payment) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO payment_events (payment_id, seq, at, kind, status, detail)
                SELECT :paymentId, :seq, :at, :kind, :status, :detail
                WHERE NOT EXISTS (SELECT 1 FROM payment_events WHERE payment_id = :paymentId AND seq = :seq)""");
        List<PaymentEvent> timeline = payment.timeline();
        for (int step = 0; step < timeline.size(); step++) {
            PaymentEvent event = timeline.get(step);
            PaymentEventColumns columns = PaymentEventColumns.of(event);
            batch.bind("paymentId", payment.id().toString())
                    .bind("seq", step)
                    .bind("at", utc(event.at()))
                    .bind("kind", columns.kind())
                    .bind("status", columns.status())
                    .bind("detail", columns.detail())
                    .add();
        }
        batch.execute();
    }

    /** Inserts, in one batch, the payment's refunds the database does not have yet, in the order they were made. */
    private static void insertMissingRefunds(Handle handle, Payment payment) {
        List<Refund> refunds = payment.refunds();
        if (refunds.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO payment_refunds (payment_id, request_number, amount_fen, reason, at, provider_refund)
                SELECT :paymentId, :requestNumber, :amountFen, :reason, :at, :providerRefund
                WHERE NOT EXISTS (SELECT 1 FROM payment_refunds
                                  WHERE payment_id = :paymentId AND request_number = :requestNumber)""");
        for (Refund refund : refunds) {
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
