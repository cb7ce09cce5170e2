package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/** A supervisor gives an agent a new password, which the agent must change at their next login. */
public record ResetAgentPasswordCommand(AgentId supervisor, AgentId agent, PlainPassword newPassword,
                                        String reason) {

    public ResetAgentPasswordCommand {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(agent, "agent");
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(newPassword, "newPassword"));
        reason = AuditEntry.requireReason(reason);
    }

    /** Throws {@link org.hexmall.application.port.in.InvalidCommandException} naming every field to fix. */
    public static ResetAgentPasswordCommand fromForm(AgentId supervisor, AgentId agent, String password,
                                                     String passwordRepeated, String reason) {
        var validation = new FieldValidation();
        PlainPassword parsed = validation.newPassword(password, passwordRepeated);
        String checkedReason = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new ResetAgentPasswordCommand(supervisor, agent, parsed, checkedReason);
    }

    @Override
    public String toString() {
        return "ResetAgentPasswordCommand[" + supervisor + ", " + agent + ", ******, " + reason + "]";
    }
}
