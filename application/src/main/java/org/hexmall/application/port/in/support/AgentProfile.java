package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;

/** An agent as the console shows them: in its header, and to supervisors in the list of agents. Never a password. */
public record AgentProfile(AgentId id, String username, String displayName, AgentRole role, boolean disabled,
                           boolean mustChangePassword, Instant createdAt) {

    public AgentProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static AgentProfile of(Agent agent) {
        return new AgentProfile(agent.id(), agent.username().value(), agent.displayName(), agent.role(),
                agent.isDisabled(), agent.mustChangePassword(), agent.createdAt());
    }
}
