package org.hexmall.domain.payment;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/**
 * Money given back from a successful payment, in full or in part.
 *
 * @param requestNumber the store's number for the refund; the provider refunds each number once, so asking
 *                      again with the same number is safe
 * @param providerRefund the provider's reference for the refund
 */
public record Refund(String requestNumber, Money amount, RefundReason reason, Instant at, String providerRefund) {

    public Refund {
        Objects.requireNonNull(requestNumber, "requestNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(providerRefund, "providerRefund");
        if (requestNumber.isBlank()) {
            throw new IllegalArgumentException("a refund has a request number");
        }
        if (amount.isZero()) {
            throw new DomainException("payment.refund-zero");
        }
    }
}
