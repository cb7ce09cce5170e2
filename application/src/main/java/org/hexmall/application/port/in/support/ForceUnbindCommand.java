package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.wallet.BindingId;

/** An agent's force-unbind, with the reason that goes into the audit log. */
public record ForceUnbindCommand(AgentId agentId, CustomerId customerId, BindingId bindingId, String reason) {

    public ForceUnbindCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(bindingId, "bindingId");
        reason = AuditEntry.requireReason(reason);
    }

    public static ForceUnbindCommand fromForm(AgentId agentId, CustomerId customerId, BindingId bindingId,
                                              String reason) {
        var validation = new FieldValidation();
        String checkedReason = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new ForceUnbindCommand(agentId, customerId, bindingId, checkedReason);
    }
}
