package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.shared.DomainException;

/**
 * One line of the append-only audit log about an agent's console login rather than a customer or a campaign: which
 * supervisor created, disabled, re-enabled or reset the password of which agent, or which agent changed their own
 * password. Passwords themselves never appear in it.
 *
 * @param subject what changed, such as the new agent's username and role
 * @param reason  why, as the supervisor typed it; empty where the action needs no reason (a new agent, a password
 *                changed by its owner)
 */
public record AgentAuditEntry(Instant at, AgentId agentId, String agentUsername, AgentId targetAgentId,
                              AgentAction action, String subject, String reason) {

    public AgentAuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(agentUsername, "agentUsername");
        Objects.requireNonNull(targetAgentId, "targetAgentId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        reason = reason == null ? "" : reason.strip();
        if (reason.length() > AuditEntry.MAX_REASON_LENGTH) {
            throw new DomainException("audit.reason.too-long",
                    AuditEntry.MAX_REASON_LENGTH);
        }
    }
}
