package org.hexmall.domain.refund;

import java.util.Objects;
import org.hexmall.domain.support.AgentId;

/** The agent who asked for, took or decided a refund, with the name the pages show. */
public record AgentRef(AgentId id, String username) {

    public AgentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
    }
}
