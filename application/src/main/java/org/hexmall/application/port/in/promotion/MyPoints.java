package org.hexmall.application.port.in.promotion;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;

/**
 * A customer's points: the balance, what it is worth at the payment page, and one page of the ledger.
 *
 * @param orders the order of each entry's payment, where the entry has one and the order is known
 */
public record MyPoints(long balance, Page<PointsEntry> ledger, Map<PaymentId, OrderReference> orders) {

    /** How many points take ¥1 off at the payment page. */
    public static final int POINTS_PER_YUAN = 100;

    public MyPoints {
        Objects.requireNonNull(ledger, "ledger");
        orders = Map.copyOf(orders);
    }

    /** What the balance takes off a payment: 100 points are ¥1, so one point is one fen. */
    public Money worth() {
        return Money.ofFen(Math.max(0, balance) * 100 / POINTS_PER_YUAN);
    }

    public Optional<OrderReference> orderOf(PointsEntry entry) {
        return entry.payment().map(orders::get);
    }
}
