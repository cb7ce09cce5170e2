package org.hexmall.application.service.checkout.shared;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.domain.checkout.Order;

/**
 * Closes an order whose time to pay ran out as soon as anyone looks at it, so that a customer never sees an
 * overdue order as payable, even before housekeeping gets to it.
 */
public final class OverdueOrders {

    private OverdueOrders() {
    }

    /** The order as it is now: closed if it was overdue and still unpaid. Call inside a transaction. */
    public static Order closeIfOverdue(Orders orders, Order order, CheckoutSettings settings, Instant now) {
        if (!order.isOverdueAt(now, settings.unpaidOrderTimeout())) {
            return order;
        }
        // Locked and read again: a payment confirming it meanwhile wins, and the order stays paid.
        Order locked = orders.lockById(order.id()).orElseThrow();
        if (locked.isOverdueAt(now, settings.unpaidOrderTimeout())) {
            locked.close(now);
            orders.update(locked);
        }
        return locked;
    }
}
