package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCaseStatus;

/**
 * Where refund cases are kept, each with its lines and what it undoes of the payment's promotions. Callers change a
 * case only while they hold its order's lock ({@link Orders#lockById}) and then the case's own ({@link #lockById}),
 * in that order, so that two decisions on one case are taken one after the other.
 */
public interface RefundCases {

    /** Stores a new case; throws {@link DuplicateKeyException} if its id is taken. */
    void add(RefundCase refundCase);

    /** Stores the case's new status, lines, amount, promotions' reversal, agents and decision. */
    void update(RefundCase refundCase);

    Optional<RefundCase> findById(RefundCaseId id);

    /**
     * Reads the case and keeps every other transaction from locking or changing it until this one ends. Call inside
     * a transaction, holding its order's lock.
     */
    Optional<RefundCase> lockById(RefundCaseId id);

    /** The order's cases, oldest first. */
    List<RefundCase> ofOrder(OrderId orderId);

    /** The cases of all these orders, oldest first, in one statement. */
    List<RefundCase> ofOrders(Collection<OrderId> orderIds);

    /** Cases in that status, the longest waiting first (by when they were asked for), at most {@code limit}. */
    List<RefundCase> withStatus(RefundCaseStatus status, int limit);

    /** Cases in that status since before {@code cutoff}, the longest in it first, at most {@code limit}. */
    List<RefundCase> withStatusSince(RefundCaseStatus status, Instant cutoff, int limit);
}
