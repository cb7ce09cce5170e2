package org.hexmall.adapter.out.persistence.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.BindingId;

/**
 * Payments in memory. A payment is a mutable object, so the store keeps copies of its own and hands out fresh
 * copies: a caller's change reaches the store only through {@link #update}, as with a database, and a
 * transaction's restore point stays as it was taken.
 */
public final class InMemoryPayments implements Payments {

    /** The order the database adapter uses too. */
    private static final Comparator<Payment> OLDEST_FIRST = Comparator.comparing(Payment::createdAt)
            .thenComparing(payment -> payment.id().toString());

    private final StoreLock lock;
    private final InMemoryOrders orders;
    private final InMemoryWalletBindings bindings;
    private final InMemoryCustomers customers;
    private final Map<PaymentId, Payment> byId = new HashMap<>();
    /** How many updates each payment has had, for those who wait for the next one. */
    private final Map<PaymentId, Long> updates = new HashMap<>();

    InMemoryPayments(StoreLock lock, InMemoryOrders orders, InMemoryWalletBindings bindings,
                     InMemoryCustomers customers) {
        this.lock = lock;
        this.orders = orders;
        this.bindings = bindings;
        this.customers = customers;
    }

    @Override
    public void add(Payment payment) {
        lock.run(() -> {
            if (byId.containsKey(payment.id())) {
                throw new DuplicateKeyException("a payment with this id already exists");
            }
            byId.put(payment.id(), copyOf(payment));
        });
    }

    @Override
    public void update(Payment payment) {
        lock.run(() -> {
            Payment stored = byId.get(payment.id());
            if (stored == null) {
                throw new IllegalStateException("payment " + payment.id() + " was never added");
            }
            // What the payment was created with stays; its outcome, refunds and timeline move on.
            byId.put(payment.id(), Payment.reconstitute(stored.id(), stored.orderId(), stored.orderNumber(),
                    stored.customerId(), stored.bindingId(), stored.provider(), stored.amount(), payment.status(),
                    payment.failureReason(), payment.passwordLockedUntil(), payment.providerTransaction(),
                    payment.confirmationUrl(),
                    payment.isRefundDue(), appendOnly(stored.refunds(), payment.refunds()),
                    appendOnly(stored.timeline(), payment.timeline())));
        });
        // A waiter told now reads the payment through the store's lock, so it sees the update once it is kept.
        synchronized (updates) {
            updates.merge(payment.id(), 1L, Long::sum);
            updates.notifyAll();
        }
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)).map(InMemoryPayments::copyOf));
    }

    @Override
    public List<Payment> findByOrder(OrderId orderId) {
        return find(payment -> payment.orderId().equals(orderId));
    }

    @Override
    public List<Payment> findByOrders(Collection<OrderId> orderIds) {
        Set<OrderId> wanted = Set.copyOf(orderIds);
        return find(payment -> wanted.contains(payment.orderId()));
    }

    @Override
    public List<Payment> findByStatusCreatedBefore(PaymentStatus status, Instant cutoff) {
        return find(payment -> payment.status() == status && payment.createdAt().isBefore(cutoff));
    }

    @Override
    public List<Payment> findUnderWayOfClosedOrders() {
        return find(payment -> !payment.isSettled() && orders.findById(payment.orderId())
                .filter(order -> order.status() == OrderStatus.CLOSED)
                .isPresent());
    }

    @Override
    public List<Payment> findUnderWayWith(CustomerId customer, BindingId wallet) {
        return find(payment -> !payment.isSettled() && payment.customerId().equals(customer)
                && payment.bindingId().equals(wallet));
    }

    @Override
    public List<Payment> findUnderWayOfEndedBindings() {
        return find(payment -> !payment.isSettled() && bindings.findById(payment.bindingId())
                .filter(binding -> !binding.isActive())
                .isPresent());
    }

    @Override
    public List<Payment> findUnderWayOf(CustomerId customer) {
        return find(payment -> !payment.isSettled() && payment.customerId().equals(customer));
    }

    @Override
    public List<Payment> findUnderWayOfFrozenAccounts() {
        return find(payment -> !payment.isSettled() && customers.findById(payment.customerId())
                .filter(Customer::isFrozen)
                .isPresent());
    }

    @Override
    public List<Payment> findRefundDue() {
        return find(Payment::isRefundDue);
    }

    /** Every change of a payment adds a step to its timeline: more steps than the caller saw is a change. */
    @Override
    public boolean awaitChange(Payment asSeen, Duration atMost) {
        long giveUpAt = System.nanoTime() + atMost.toNanos();
        long updatesBefore;
        synchronized (updates) {
            updatesBefore = updates.getOrDefault(asSeen.id(), 0L);
        }
        // Read outside the signals' monitor: an update holds the store's lock first and the monitor second.
        int stepsStored = lock.call(() -> Optional.ofNullable(byId.get(asSeen.id()))
                .map(stored -> stored.timeline().size()).orElse(0));
        if (stepsStored > asSeen.timeline().size()) {
            return true;
        }
        synchronized (updates) {
            while (updates.getOrDefault(asSeen.id(), 0L) == updatesBefore) {
                long left = giveUpAt - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    updates.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** The order the payment pays, if there is such a payment. */
    Optional<OrderId> orderPaidBy(PaymentId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)).map(Payment::orderId));
    }

    /** Every payment as stored, for the risk facts' aggregates; read only, under the store's lock. */
    Stream<Payment> stored() {
        return byId.values().stream();
    }

    RestorePoint restorePoint() {
        // The stored copies are never changed, only replaced, so copying the map is enough.
        Map<PaymentId, Payment> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }

    private List<Payment> find(Predicate<Payment> wanted) {
        return lock.call(() -> byId.values().stream()
                .filter(wanted)
                .sorted(OLDEST_FIRST)
                .map(InMemoryPayments::copyOf)
                .toList());
    }

    /**
     * The stored entries with those the payment gained since it was loaded: refunds and timeline are only
     * ever added to, as in the database, where earlier rows are never rewritten.
     */
    private static <T> List<T> appendOnly(List<T> stored, List<T> current) {
        List<T> entries = new ArrayList<>(stored);
        if (current.size() > stored.size()) {
            entries.addAll(current.subList(stored.size(), current.size()));
        }
        return entries;
    }

    private static Payment copyOf(Payment payment) {
        return Payment.reconstitute(payment.id(), payment.orderId(), payment.orderNumber(), payment.customerId(),
                payment.bindingId(), payment.provider(), payment.amount(), payment.status(), payment.failureReason(),
                payment.passwordLockedUntil(), payment.providerTransaction(), payment.confirmationUrl(),
                payment.isRefundDue(), payment.refunds(), payment.timeline());
    }
}
