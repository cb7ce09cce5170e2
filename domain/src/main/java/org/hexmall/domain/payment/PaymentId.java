package org.hexmall.domain.payment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one payment; providers receive it as the store's payment reference, which makes creation idempotent. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from text such as a URL segment; empty when the text is not an id. */
    public static Optional<PaymentId> parse(String text) {
        try {
            return Optional.of(new PaymentId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
