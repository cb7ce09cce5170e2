package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;

/**
 * Orders in memory. An order is a mutable object, so the store keeps copies of its own and hands out fresh
 * copies: a caller's change reaches the store only through {@link #update}, as with a database, and a
 * transaction's restore point stays as it was taken.
 */
public final class InMemoryOrders implements Orders {

    /** The orders the database adapter uses too. */
    private static final Comparator<Order> OLDEST_FIRST = Comparator.comparing(Order::placedAt)
            .thenComparing(order -> order.id().toString());
    private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::placedAt)
            .reversed()
            .thenComparing(order -> order.id().toString());

    private final StoreLock lock;
    private final Function<PaymentId, Optional<OrderId>> orderPaidBy;
    private final Map<OrderId, Order> byId = new HashMap<>();

    /** @param orderPaidBy the order a payment pays, as the payments store knows it */
    InMemoryOrders(StoreLock lock, Function<PaymentId, Optional<OrderId>> orderPaidBy) {
        this.lock = lock;
        this.orderPaidBy = orderPaidBy;
    }

    @Override
    public void add(Order order) {
        lock.run(() -> {
            boolean numberTaken = byId.values().stream().anyMatch(other -> other.number().equals(order.number()));
            if (byId.containsKey(order.id()) || numberTaken) {
                throw new DuplicateKeyException("an order with this id or number already exists");
            }
            byId.put(order.id(), copyOf(order));
        });
    }

    @Override
    public void update(Order order) {
        lock.run(() -> {
            Order stored = byId.get(order.id());
            if (stored == null) {
                throw new IllegalStateException("order " + order.id() + " was never added");
            }
            // Only the status moves; the lines and the rest stay as they were placed, as in the database.
            byId.put(order.id(), Order.reconstitute(stored.id(), stored.number(), stored.customerId(),
                    stored.lines(), stored.placedAt(), order.status(), order.statusChangedAt()));
        });
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)).map(InMemoryOrders::copyOf));
    }

    /**
     * An in-memory transaction already holds the one lock of all stores ({@link StoreLock}) from its start to
     * its end, which keeps every other transaction out, so locking one order is simply reading it. Outside a
     * transaction nothing would keep the order locked once this returns, so that is refused.
     */
    @Override
    public Optional<Order> lockById(OrderId id) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("an order is locked only inside a transaction");
        }
        return findById(id);
    }

    @Override
    public boolean lock(OrderId id) {
        return lockById(id).isPresent();
    }

    @Override
    public Optional<Order> lockPaidBy(PaymentId payment) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("an order is locked only inside a transaction");
        }
        return orderPaidBy.apply(payment).flatMap(this::findById);
    }

    @Override
    public Optional<Order> findByNumber(OrderNumber number) {
        return find(order -> order.number().equals(number), NEWEST_FIRST).stream().findFirst();
    }

    @Override
    public List<Order> findByCustomer(CustomerId customerId) {
        return find(order -> order.customerId().equals(customerId), NEWEST_FIRST);
    }

    @Override
    public List<Order> findAwaitingPaymentPlacedBefore(Instant cutoff) {
        return find(order -> order.status() == OrderStatus.AWAITING_PAYMENT && order.placedAt().isBefore(cutoff),
                OLDEST_FIRST);
    }

    /** One store lock guards everything here, so no order is ever held by another transaction to pass over. */
    @Override
    public List<OrderId> lockAwaitingPaymentPlacedBefore(Instant cutoff, int limit) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("an order is locked only inside a transaction");
        }
        return findAwaitingPaymentPlacedBefore(cutoff).stream().limit(limit).map(Order::id).toList();
    }

    RestorePoint restorePoint() {
        // The stored copies are never changed, only replaced, so copying the map is enough.
        Map<OrderId, Order> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }

    private List<Order> find(Predicate<Order> wanted, Comparator<Order> order) {
        return lock.call(() -> byId.values().stream()
                .filter(wanted)
                .sorted(order)
                .map(InMemoryOrders::copyOf)
                .toList());
    }

    private static Order copyOf(Order order) {
        return Order.reconstitute(order.id(), order.number(), order.customerId(), order.lines(), order.placedAt(),
                order.status(), order.statusChangedAt());
    }
}
