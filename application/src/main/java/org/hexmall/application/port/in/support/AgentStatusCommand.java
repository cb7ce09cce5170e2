package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/** A supervisor disables or re-enables an agent, with the reason that goes into the audit log. */
public record AgentStatusCommand(AgentId supervisor, AgentId agent, String reason) {

    public AgentStatusCommand {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(agent, "agent");
        reason = AuditEntry.requireReason(reason);
    }

    public static AgentStatusCommand fromForm(AgentId supervisor, AgentId agent, String reason) {
        var validation = new FieldValidation();
        String checkedReason = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new AgentStatusCommand(supervisor, agent, checkedReason);
    }
}
