package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;

/** A new console login. */
public record RegisterAgentCommand(AgentUsername username, String displayName, AgentRole role, PlainPassword password) {

    public RegisterAgentCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("an agent has a display name");
        }
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(password, "password"));
    }
}
