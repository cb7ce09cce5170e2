package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.DomainException;

/**
 * One line of the append-only audit log: which agent did what to which customer, when and why.
 *
 * @param subject what the action was about, such as a binding id
 */
public record AuditEntry(Instant at, AgentId agentId, String agentUsername, CustomerId customerId,
                         AgentAction action, String subject, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(agentUsername, "agentUsername");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        reason = requireReason(reason);
    }

    /** Every agent action states its reason, in words a colleague can follow later. */
    public static String requireReason(String typed) {
        String reason = typed == null ? "" : typed.strip();
        if (reason.isEmpty()) {
            throw new DomainException("audit.reason.required");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new DomainException("audit.reason.too-long", MAX_REASON_LENGTH);
        }
        return reason;
    }
}
