package org.hexmall.domain.wallet;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a wallet a customer typed to bind in place of one they have, kept while they decide. */
public record PendingReplacementId(UUID value) {

    public PendingReplacementId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<PendingReplacementId> parse(String text) {
        try {
            return Optional.of(new PendingReplacementId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
