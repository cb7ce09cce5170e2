package org.hexmall.domain.checkout;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an order inside hexmall; people use its {@link OrderNumber}. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from text such as a URL segment; empty when the text is not an id. */
    public static Optional<OrderId> parse(String text) {
        try {
            return Optional.of(new OrderId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
