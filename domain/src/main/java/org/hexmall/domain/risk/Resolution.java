package org.hexmall.domain.risk;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/** How, when, by whom and why an alert was closed. The note is mandatory, like every agent action's reason. */
public record Resolution(AlertResolution kind, String note, AgentId agentId, String agentUsername, Instant at) {

    public Resolution {
        Objects.requireNonNull(kind, "kind");
        note = AuditEntry.requireReason(note);
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(agentUsername, "agentUsername");
        Objects.requireNonNull(at, "at");
    }
}
