package org.hexmall.domain.security;

import java.util.Objects;
import java.util.UUID;

/** Identifies one verification code that was sent. */
public record VerificationCodeId(UUID value) {

    public VerificationCodeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
