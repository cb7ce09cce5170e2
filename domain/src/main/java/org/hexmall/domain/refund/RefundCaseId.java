package org.hexmall.domain.refund;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a refund case. */
public record RefundCaseId(UUID value) {

    public RefundCaseId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from text such as a URL segment; empty when the text is not an id. */
    public static Optional<RefundCaseId> parse(String text) {
        try {
            return Optional.of(new RefundCaseId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The refund request number the wallet provider is given: short, as providers take them, and the same for every
     * attempt of this case, so that the provider refunds it once however often it is asked.
     */
    public String refundNumber() {
        return "RF-" + value.toString().replace("-", "").substring(0, 20).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
