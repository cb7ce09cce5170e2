package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;

/** A supervisor's new agent: username, display name, role and a first password the new agent must change. */
public record CreateAgentCommand(AgentId supervisor, AgentUsername username, String displayName, AgentRole role,
                                 PlainPassword initialPassword) {

    /** As long as the agents table keeps a display name. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 80;

    public CreateAgentCommand {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new IllegalArgumentException("an agent has a display name of at most 80 characters");
        }
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(initialPassword, "initialPassword"));
    }

    /** Throws {@link org.hexmall.application.port.in.InvalidCommandException} naming every field to fix. */
    public static CreateAgentCommand fromForm(AgentId supervisor, String username, String displayName, String role,
                                              String password, String passwordRepeated) {
        var validation = new FieldValidation();
        AgentUsername parsedUsername = null;
        if (username == null || username.isBlank()) {
            validation.reject("username", "agent.new.username.required");
        } else {
            parsedUsername = validation.field("username", () -> AgentUsername.parse(username));
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            validation.reject("displayName", "agent.new.display-name.required");
        } else if (name.length() > MAX_DISPLAY_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            validation.reject("displayName", "agent.new.display-name.format");
        }
        AgentRole parsedRole = null;
        try {
            parsedRole = AgentRole.valueOf(role == null ? "" : role);
        } catch (IllegalArgumentException unknown) {
            validation.reject("role", "agent.new.role.required");
        }
        PlainPassword parsedPassword = validation.newPassword(password, passwordRepeated);
        validation.throwIfInvalid();
        return new CreateAgentCommand(supervisor, parsedUsername, name, parsedRole, parsedPassword);
    }

    @Override
    public String toString() {
        return "CreateAgentCommand[" + supervisor + ", " + username.value() + ", " + role + ", ******]";
    }
}
