package org.hexmall.domain.risk;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a risk alert. */
public record RiskAlertId(UUID value) {

    public RiskAlertId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from text such as a URL segment; empty when the text is not an id. */
    public static Optional<RiskAlertId> parse(String text) {
        try {
            return Optional.of(new RiskAlertId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
