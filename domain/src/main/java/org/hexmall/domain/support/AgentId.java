package org.hexmall.domain.support;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer-service agent. */
public record AgentId(UUID value) {

    public AgentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
