package org.hexmall.domain.security;

import java.util.Objects;
import java.util.UUID;

/** Identifies one step-up; random, so that knowing one tells nothing about another. */
public record StepUpId(UUID value) {

    public StepUpId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
