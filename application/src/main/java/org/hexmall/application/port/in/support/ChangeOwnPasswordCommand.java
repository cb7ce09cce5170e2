package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.support.AgentId;

/** An agent's own password change as typed: the current password and the new one, checked against the policy. */
public record ChangeOwnPasswordCommand(AgentId agent, PlainPassword currentPassword, PlainPassword newPassword) {

    public ChangeOwnPasswordCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(currentPassword, "currentPassword");
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(newPassword, "newPassword"));
    }

    /** Throws {@link org.hexmall.application.port.in.InvalidCommandException} naming every field to fix. */
    public static ChangeOwnPasswordCommand fromForm(AgentId agent, String currentPassword, String password,
                                                    String passwordRepeated) {
        var validation = new FieldValidation();
        if (currentPassword == null || currentPassword.isEmpty()) {
            validation.reject("currentPassword", "password.required");
        }
        PlainPassword parsed = validation.newPassword(password, passwordRepeated);
        if (parsed != null && parsed.value().equals(currentPassword)) {
            validation.reject("password", "agent.password.unchanged");
        }
        validation.throwIfInvalid();
        return new ChangeOwnPasswordCommand(agent, new PlainPassword(currentPassword), parsed);
    }

    @Override
    public String toString() {
        return "ChangeOwnPasswordCommand[" + agent + ", ******, ******]";
    }
}
