package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.shared.Money;

/**
 * The arithmetic of one line's refunded items: their goods amount, minus their share of the discounts, minus
 * their share of the points discount, is what the customer paid for them; and the points they earned and spent.
 *
 * @param lineIndex the line's place in the order, from 0
 */
public record RefundedLine(int lineIndex, OrderLine line, int quantity, Money goods, Money discounts,
                           Money pointsDiscount, Money paid, long pointsEarnedTakenBack, long pointsSpentReturned) {

    public RefundedLine {
        Objects.requireNonNull(line, "line");
        if (!discounts.plus(pointsDiscount).plus(paid).equals(goods)) {
            throw new IllegalArgumentException("goods are discounts plus points discount plus paid");
        }
    }
}
