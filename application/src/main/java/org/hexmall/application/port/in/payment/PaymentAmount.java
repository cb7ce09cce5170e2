package org.hexmall.application.port.in.payment;

import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * What a payment asks its wallet to charge, as frozen on it when it started: the amount after discounts and the points
 * spent, which the wallet app shows before the customer confirms.
 *
 * @param pointsSpent the points the payment spends (100 are ¥1); 0 for none, and for a payment started before prices
 *                    were frozen with payments
 */
public record PaymentAmount(Money amount, long pointsSpent) {

    public PaymentAmount {
        Objects.requireNonNull(amount, "amount");
        if (pointsSpent < 0) {
            throw new IllegalArgumentException("points spent are never negative");
        }
    }
}
