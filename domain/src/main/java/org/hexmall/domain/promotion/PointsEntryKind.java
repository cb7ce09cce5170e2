package org.hexmall.domain.promotion;

/** Why the customer's points changed; each kind adds or takes away, as its sign says. */
public enum PointsEntryKind {
    /** Earned on a successful payment: 1 point per whole yuan paid, times any multiplier. */
    EARNED(1),
    /** Spent at the payment page: 100 points are ¥1. */
    SPENT(-1),
    /** Points earned on refunded lines, taken back. */
    EARNING_REVERSED(-1),
    /** Points spent on refunded lines, given back. */
    SPENDING_RETURNED(1),
    /** Spent points given back because the payment that was to spend them did not succeed. */
    SPENDING_RELEASED(1),
    /** Given by customer service to make up for a problem. */
    COMPENSATION(1);

    private final int sign;

    PointsEntryKind(int sign) {
        this.sign = sign;
    }

    /** +1 when entries of this kind add points, -1 when they take points away. */
    public int sign() {
        return sign;
    }
}
