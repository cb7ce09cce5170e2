package org.hexmall.domain.promotion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.DomainException;

/**
 * One line of a customer's points ledger (积分明细). The ledger is only ever appended to; the balance is the sum
 * of its entries, so every point can be traced to the payment, refund or agent that moved it.
 *
 * @param points  how many points, always positive; the kind says whether they are added or taken away
 * @param payment the payment the entry belongs to, if any
 * @param note    for compensation, the agent's reason; empty otherwise
 */
public record PointsEntry(CustomerId customerId, PointsEntryKind kind, long points, Optional<PaymentId> payment,
                          String note, Instant at) {

    public PointsEntry {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
        if (points <= 0) {
            throw new DomainException("points.not-positive");
        }
    }

    /** What the entry does to the balance: positive when it adds points. */
    public long change() {
        return kind.sign() * points;
    }
}
