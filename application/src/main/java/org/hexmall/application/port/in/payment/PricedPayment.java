package org.hexmall.application.port.in.payment;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.promotion.PriceBreakdown;

/**
 * A payment with the price it was started with: the breakdown frozen on it (goods, each discount with its campaign,
 * points spent, the amount to pay, points to earn), which no later change of a campaign alters.
 *
 * @param price empty for a payment started before prices were frozen on payments
 */
public record PricedPayment(PaymentView payment, Optional<PriceBreakdown> price) {

    public PricedPayment {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(price, "price");
    }
}
