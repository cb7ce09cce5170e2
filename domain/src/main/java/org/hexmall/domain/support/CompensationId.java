package org.hexmall.domain.support;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an agent's compensation of a customer, granted or waiting for a supervisor. */
public record CompensationId(UUID value) {

    public CompensationId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from text such as a URL segment; empty when the text is not an id. */
    public static Optional<CompensationId> parse(String text) {
        try {
            return Optional.of(new CompensationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
