package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;

/**
 * An agent as the console shows them: in its header, and to supervisors in the list of agents. Never a password.
 *
 * @param lockedUntil when the login lock that too many wrong passwords put on the agent ends, if it holds now;
 *                    {@code null} when the agent may log in. Resetting their password lifts it.
 */
public record AgentProfile(AgentId id, String username, String displayName, AgentRole role, boolean disabled,
                           boolean mustChangePassword, Instant createdAt, Instant lockedUntil) {

    public AgentProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The agent as they stand at {@code now}: locked out or not. */
    public static AgentProfile of(Agent agent, Instant now) {
        return new AgentProfile(agent.id(), agent.username().value(), agent.displayName(), agent.role(),
                agent.isDisabled(), agent.mustChangePassword(), agent.createdAt(),
                agent.loginThrottle().retryAfter(now).orElse(null));
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
