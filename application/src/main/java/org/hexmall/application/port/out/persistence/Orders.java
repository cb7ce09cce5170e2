package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;

/** Where orders are kept. Order numbers are unique. */
public interface Orders {

    /** Stores a new order; throws {@link DuplicateKeyException} if its number is taken. */
    void add(Order order);

    /** Stores the order's new status. Call while holding the order's lock ({@link #lockById}). */
    void update(Order order);

    Optional<Order> findById(OrderId id);

    /**
     * Reads the order and keeps every other transaction from locking or changing it until this one ends:
     * a payment confirming it and the job closing it take turns. Call inside a transaction.
     */
    Optional<Order> lockById(OrderId id);

    /**
     * Locks the order without reading it, for a unit of work that changes one of its payments but not the order
     * itself; true if there is such an order. Call inside a transaction.
     */
    boolean lock(OrderId id);

    /**
     * Locks and reads the order that this payment pays, as {@link #lockById} does: a provider's result, which
     * names only the payment, takes the order's lock before it reads the payment. Call inside a transaction.
     */
    Optional<Order> lockPaidBy(PaymentId payment);

    Optional<Order> findByNumber(OrderNumber number);

    /** The customer's orders, newest first. */
    List<Order> findByCustomer(CustomerId customerId);

    /** Orders still awaiting payment that were placed before {@code cutoff}, oldest first. */
    List<Order> findAwaitingPaymentPlacedBefore(Instant cutoff);

    /**
     * Locks up to {@code limit} orders still awaiting payment that were placed before {@code cutoff}, oldest first,
     * passing over every order another transaction holds ({@code FOR UPDATE SKIP LOCKED}): nodes closing orders at
     * the same moment each take their own. Answers the ids this transaction now holds. Call inside a transaction.
     */
    List<OrderId> lockAwaitingPaymentPlacedBefore(Instant cutoff, int limit);
}
