package org.hexmall.domain.checkout;

import java.util.Set;

/** Where an order is: waiting to be paid, paid, or closed unpaid. */
public enum OrderStatus {
    /** Paid: the order is confirmed and goes to the warehouse. */
    PAID,
    /** Closed without payment, by the customer or because its time to pay ran out; it cannot be paid. */
    CLOSED,
    /** Settled (结算) and waiting for payment. */
    AWAITING_PAYMENT(PAID, CLOSED);

    private final Set<OrderStatus> next;

    OrderStatus(OrderStatus... next) {
        this.next = Set.of(next);
    }

    public boolean canMoveTo(OrderStatus target) {
        return next.contains(target);
    }
}
