package org.hexmall.application.port.in.support;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.support.AgentId;

/**
 * An agent's own password change as typed: the current password and the new one, checked against the policy.
 *
 * @param keptSession the console session the agent changes it from, which stays open while every other session of
 *                    theirs ends; none when the change comes from nowhere a session is kept
 */
public record ChangeOwnPasswordCommand(AgentId agent, Optional<SessionId> keptSession, PlainPassword currentPassword,
                                       PlainPassword newPassword) {

    public ChangeOwnPasswordCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(keptSession, "keptSession");
        Objects.requireNonNull(currentPassword, "currentPassword");
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(newPassword, "newPassword"));
    }

    /** As {@link #fromForm(AgentId, Optional, String, String, String)}, keeping no session open. */
    public static ChangeOwnPasswordCommand fromForm(AgentId agent, String currentPassword, String password,
                                                    String passwordRepeated) {
        return fromForm(agent, Optional.empty(), currentPassword, password, passwordRepeated);
    }

    /** Throws {@link org.hexmall.application.port.in.InvalidCommandException} naming every field to fix. */
    public static ChangeOwnPasswordCommand fromForm(AgentId agent, Optional<SessionId> keptSession,
                                                    String currentPassword, String password,
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
        return new ChangeOwnPasswordCommand(agent, keptSession, new PlainPassword(currentPassword), parsed);
    }

    @Override
    public String toString() {
        return "ChangeOwnPasswordCommand[" + agent + ", ******, ******]";
    }
}
