package org.hexmall.domain.wallet;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one attempt to bind a wallet, from the first code sent to the end of the binding. */
public record BindingId(UUID value) {

    public BindingId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<BindingId> parse(String text) {
        if (text == null) {
            // Most stored bindings replace none: reading one must not cost an exception.
            return Optional.empty();
        }
        try {
            return Optional.of(new BindingId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
