package org.hexmall.domain.account;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a customer account. */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from text such as a URL segment; empty when the text is not an id. */
    public static Optional<CustomerId> parse(String text) {
        try {
            return Optional.of(new CustomerId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
