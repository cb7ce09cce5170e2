package org.hexmall.domain.checkout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/**
 * An order (订单), made when the customer settles the cart: a snapshot of lines and prices, a number
 * people can read aloud, and a status that only moves forward.
 */
public final class Order {

    private final OrderId id;
    private final OrderNumber number;
    private final CustomerId customerId;
    private final List<OrderLine> lines;
    private final Instant placedAt;
    private OrderStatus status;
    private Instant statusChangedAt;

    private Order(OrderId id, OrderNumber number, CustomerId customerId, List<OrderLine> lines, Instant placedAt,
                  OrderStatus status, Instant statusChangedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.lines = List.copyOf(lines);
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.statusChangedAt = Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        if (this.lines.isEmpty()) {
            throw new DomainException("order.empty");
        }
    }

    /** Settles (结算) a cart's worth of lines into an order awaiting payment. */
    public static Order settle(OrderId id, OrderNumber number, CustomerId customerId, List<OrderLine> lines,
                               Instant now) {
        return new Order(id, number, customerId, lines, now, OrderStatus.AWAITING_PAYMENT, now);
    }

    /** An order as it was stored. */
    public static Order reconstitute(OrderId id, OrderNumber number, CustomerId customerId, List<OrderLine> lines,
                                     Instant placedAt, OrderStatus status, Instant statusChangedAt) {
        return new Order(id, number, customerId, lines, placedAt, status, statusChangedAt);
    }

    public Money total() {
        return lines.stream().map(OrderLine::total).reduce(Money.ZERO, Money::plus);
    }

    public boolean isPayable() {
        return status == OrderStatus.AWAITING_PAYMENT;
    }

    /** The payment succeeded: the order is confirmed at once. */
    public void markPaid(Instant now) {
        moveTo(OrderStatus.PAID, now);
    }

    /** Closes an unpaid order; it can no longer be paid. */
    public void close(Instant now) {
        moveTo(OrderStatus.CLOSED, now);
    }

    /** True when the order is still unpaid after {@code unpaidTimeout} and should be closed. */
    public boolean isOverdueAt(Instant now, Duration unpaidTimeout) {
        return isPayable() && !now.isBefore(placedAt.plus(unpaidTimeout));
    }

    /** When an unpaid order closes by itself, if it is still unpaid. */
    public Optional<Instant> closesAt(Duration unpaidTimeout) {
        return isPayable() ? Optional.of(placedAt.plus(unpaidTimeout)) : Optional.empty();
    }

    /**
     * When the order closed, if it did. An order closes only because its time to pay ran out (the customer cannot
     * cancel one), so that is the reason its pages give.
     */
    public Optional<Instant> closedAt() {
        return status == OrderStatus.CLOSED ? Optional.of(statusChangedAt) : Optional.empty();
    }

    private void moveTo(OrderStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("order.illegal-transition", status, target);
        }
        status = target;
        statusChangedAt = now;
    }

    public OrderId id() {
        return id;
    }

    public OrderNumber number() {
        return number;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public OrderStatus status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
