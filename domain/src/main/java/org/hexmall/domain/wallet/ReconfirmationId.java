package org.hexmall.domain.wallet;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one request to re-confirm a bound wallet in its app, from a new device. */
public record ReconfirmationId(UUID value) {

    public ReconfirmationId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<ReconfirmationId> parse(String text) {
        try {
            return Optional.of(new ReconfirmationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
