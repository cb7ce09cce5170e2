package org.hexmall.domain.refund;

import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * The refunded items of one order line and their arithmetic: their goods amount, less their share of the
 * discounts and of the points discount, is what the customer paid for them.
 *
 * @param lineIndex the line's place in the order, from 0
 */
public record RefundLine(int lineIndex, String nameEn, String nameZh, int quantity, Money goods, Money discounts,
                         Money pointsDiscount, Money paid) {

    public RefundLine {
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(discounts, "discounts");
        Objects.requireNonNull(pointsDiscount, "pointsDiscount");
        Objects.requireNonNull(paid, "paid");
        if (lineIndex < 0 || quantity < 1) {
            throw new IllegalArgumentException("a refunded line is a line of the order with at least one item");
        }
        if (!discounts.plus(pointsDiscount).plus(paid).equals(goods)) {
            throw new IllegalArgumentException("goods are discounts plus points discount plus paid");
        }
    }
}
