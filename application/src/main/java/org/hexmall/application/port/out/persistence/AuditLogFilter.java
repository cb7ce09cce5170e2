package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;

/**
 * Which lines of the audit log to list: each part that is present narrows the list.
 *
 * @param from  the first instant included
 * @param until the first instant no longer included
 */
public record AuditLogFilter(Optional<AgentId> agent, Optional<CustomerId> customer, Optional<AgentAction> action,
                             Optional<Instant> from, Optional<Instant> until) {

    public static final AuditLogFilter EVERYTHING = new AuditLogFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public AuditLogFilter {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }
}
