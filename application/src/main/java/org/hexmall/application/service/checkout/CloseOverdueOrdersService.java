package org.hexmall.application.service.checkout;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hexmall.application.port.in.checkout.CloseOverdueOrders;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;

/**
 * Closes the orders whose time to pay ran out, a batch per transaction. Every node of the store runs it: the batch is
 * locked with {@code SKIP LOCKED} ({@link Orders#lockAwaitingPaymentPlacedBefore}), so nodes closing orders at the
 * same moment each take orders no other holds, and each order is closed once.
 */
public final class CloseOverdueOrdersService implements CloseOverdueOrders {

    /** Orders closed per transaction, so that no transaction holds thousands of locks. */
    static final int BATCH = 100;

    private final Orders orders;
    private final TransactionRunner transactions;
    private final CheckoutSettings settings;
    private final Clock clock;

    public CloseOverdueOrdersService(Orders orders, TransactionRunner transactions, CheckoutSettings settings,
                                     Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int close() {
        Instant now = clock.instant();
        // "Before" is strict and stores keep microseconds: one microsecond later includes an order placed exactly one
        // timeout ago, which the domain already counts as overdue.
        Instant cutoff = now.minus(settings.unpaidOrderTimeout()).plus(1, ChronoUnit.MICROS);
        int closed = 0;
        while (true) {
            Batch batch = transactions.inTransaction(() -> closeBatch(cutoff, now));
            closed += batch.closed();
            // A short batch was the last; a batch that closed nothing would only find the same orders again.
            if (batch.locked() < BATCH || batch.closed() == 0) {
                return closed;
            }
        }
    }

    private record Batch(int locked, int closed) {
    }

    /** Inside a transaction: closes the overdue orders of one batch that no other transaction holds. */
    private Batch closeBatch(Instant cutoff, Instant now) {
        List<OrderId> locked = orders.lockAwaitingPaymentPlacedBefore(cutoff, BATCH);
        int closed = 0;
        for (OrderId id : locked) {
            // Read under the lock this transaction holds: a payment that confirmed the order first wins.
            Order order = orders.lockById(id).orElseThrow();
            if (order.isOverdueAt(now, settings.unpaidOrderTimeout())) {
                order.close(now);
                orders.update(order);
                closed++;
            }
        }
        return new Batch(locked.size(), closed);
    }
}
