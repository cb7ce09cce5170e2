package org.hexmall.application.port.in.promotion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;

/**
 * One payment's use of a campaign, as its page lists it.
 *
 * @param order      the order the payment is for, which the page shows by its number and links to
 * @param amount     what the payment took of the campaign's budget
 * @param settledAt  when the payment succeeded or gave the reservation back
 * @param reversed   how much of it refunds took back
 * @param reversedAt when the latest refund took some back
 */
public record CampaignRedemption(PaymentId payment, Optional<Order> order, CustomerId customer, Money amount,
                                 State state, Instant reservedAt, Optional<Instant> settledAt, Money reversed,
                                 Optional<Instant> reversedAt) {

    /** The order a payment is for. */
    public record Order(OrderId id, OrderNumber number) {

        public Order {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(number, "number");
        }
    }

    /** Reserved while the payment is under way, committed when it succeeded, released when it did not. */
    public enum State {
        RESERVED, COMMITTED, RELEASED
    }

    public CampaignRedemption {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reservedAt, "reservedAt");
        Objects.requireNonNull(settledAt, "settledAt");
        Objects.requireNonNull(reversed, "reversed");
        Objects.requireNonNull(reversedAt, "reversedAt");
    }
}
