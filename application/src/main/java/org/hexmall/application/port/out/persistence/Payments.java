package org.hexmall.application.port.out.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.BindingId;

/**
 * Where payments and their timelines are kept. Callers change an order's payments only while they hold
 * the order's lock ({@link Orders#lockById}), so two changes to one payment never interleave. Every read
 * brings the whole payment, its timeline and refunds included, in one trip to the store.
 */
public interface Payments {

    /** Stores a new payment; throws {@link DuplicateKeyException} if its id is taken. */
    void add(Payment payment);

    /**
     * Stores what changed: status, failure reason, provider transaction, confirmation address, whether a
     * refund is owed, the refunds and timeline events added since it was read.
     */
    void update(Payment payment);

    Optional<Payment> findById(PaymentId id);

    /** The order's payments, oldest first. */
    List<Payment> findByOrder(OrderId orderId);

    /** The payments of all these orders, oldest first. */
    List<Payment> findByOrders(Collection<OrderId> orderIds);

    /** Payments in that status that were created before {@code cutoff}, oldest first. */
    List<Payment> findByStatusCreatedBefore(PaymentStatus status, Instant cutoff);

    /** Payments still under way (recorded, in the wallet app, or unknown) whose order has closed, oldest first. */
    List<Payment> findUnderWayOfClosedOrders();

    /** The customer's payments with this wallet still under way (recorded, in the wallet app, or unknown). */
    List<Payment> findUnderWayWith(CustomerId customer, BindingId wallet);

    /**
     * Payments still under way (recorded, in the wallet app, or unknown) whose wallet is bound no more: unbound,
     * replaced or revoked. Oldest first.
     */
    List<Payment> findUnderWayOfEndedBindings();

    /** The customer's payments still under way (recorded, in the wallet app, or unknown), with any wallet. */
    List<Payment> findUnderWayOf(CustomerId customer);

    /** Payments still under way (recorded, in the wallet app, or unknown) of frozen accounts, oldest first. */
    List<Payment> findUnderWayOfFrozenAccounts();

    /** Payments that charged an order twice and still owe the customer a refund, oldest first. */
    List<Payment> findRefundDue();

    /**
     * Waits until the payment has changed since the caller read it as {@code asSeen}, or {@code atMost} has passed,
     * whichever comes first; true when it has changed, at once if it had changed already. A change stored through
     * this store is seen at once; one stored elsewhere (another node) within a moment. Call outside any transaction.
     */
    boolean awaitChange(Payment asSeen, Duration atMost);
}
