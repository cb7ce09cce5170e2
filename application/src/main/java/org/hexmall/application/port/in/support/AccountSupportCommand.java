package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/**
 * An agent's action on a customer's account itself (clearing a login lock, freezing or unfreezing it), with the reason
 * that goes into the audit log.
 */
public record AccountSupportCommand(AgentId agentId, CustomerId customerId, String reason) {

    public AccountSupportCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(customerId, "customerId");
        reason = AuditEntry.requireReason(reason);
    }

    public static AccountSupportCommand fromForm(AgentId agentId, CustomerId customerId, String reason) {
        var validation = new FieldValidation();
        String checkedReason = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new AccountSupportCommand(agentId, customerId, checkedReason);
    }
}
