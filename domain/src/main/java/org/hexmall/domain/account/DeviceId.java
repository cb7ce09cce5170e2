package org.hexmall.domain.account;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one device (one browser) a customer logs in from. */
public record DeviceId(UUID value) {

    public DeviceId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from text such as a form field; empty when the text is not an id. */
    public static Optional<DeviceId> parse(String text) {
        try {
            return Optional.of(new DeviceId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
