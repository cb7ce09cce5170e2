package org.hexmall.application.port.in.promotion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;

/**
 * One payment's use of a campaign, as its page lists it.
 *
 * @param amount     what the payment took of the campaign's budget
 * @param settledAt  when the payment succeeded or gave the reservation back
 * @param reversed   how much of it refunds took back
 * @param reversedAt when the latest refund took some back
 */
public record CampaignRedemption(PaymentId payment, CustomerId customer, Money amount, State state,
                                 Instant reservedAt, Optional<Instant> settledAt, Money reversed,
                                 Optional<Instant> reversedAt) {

    /** Reserved while the payment is under way, committed when it succeeded, released when it did not. */
    public enum State {
        RESERVED, COMMITTED, RELEASED
    }

    public CampaignRedemption {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reservedAt, "reservedAt");
        Objects.requireNonNull(settledAt, "settledAt");
        Objects.requireNonNull(reversed, "reversed");
        Objects.requireNonNull(reversedAt, "reversedAt");
    }
}
