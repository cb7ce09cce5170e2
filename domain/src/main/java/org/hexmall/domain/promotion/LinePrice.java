package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.shared.Money;

/**
 * One order line after pricing: its goods amount, the discounts and points allocated to it, what the customer pays
 * for it, and the points it earns. Goods always equal discounts plus points discount plus the amount to pay.
 */
public record LinePrice(OrderLine line, Money discounts, Money pointsDiscount, Money toPay, long pointsEarned) {

    public LinePrice {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(discounts, "discounts");
        Objects.requireNonNull(pointsDiscount, "pointsDiscount");
        Objects.requireNonNull(toPay, "toPay");
        if (!discounts.plus(pointsDiscount).plus(toPay).equals(line.total())) {
            throw new IllegalArgumentException("a line's parts add up to its goods amount");
        }
        if (pointsEarned < 0) {
            throw new IllegalArgumentException("points earned are never negative");
        }
    }

    /** The goods amount: unit price times quantity. */
    public Money goods() {
        return line.total();
    }
}
