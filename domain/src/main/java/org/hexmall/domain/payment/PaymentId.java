package org.hexmall.domain.payment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one payment; providers receive it as the store's payment reference, which makes creation idempotent. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
