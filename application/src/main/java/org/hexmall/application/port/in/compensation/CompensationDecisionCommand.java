package org.hexmall.application.port.in.compensation;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.CompensationId;

/** A supervisor approves or rejects a compensation request, saying why. */
public record CompensationDecisionCommand(AgentId agentId, CompensationId compensationId, String reason) {

    public CompensationDecisionCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(compensationId, "compensationId");
        reason = AuditEntry.requireReason(reason);
    }

    /**
     * Builds the command from the queue's form; throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} naming a missing or too long {@code reason}.
     */
    public static CompensationDecisionCommand fromForm(AgentId agentId, CompensationId id, String reason) {
        var validation = new FieldValidation();
        String checked = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new CompensationDecisionCommand(agentId, id, checked);
    }
}
