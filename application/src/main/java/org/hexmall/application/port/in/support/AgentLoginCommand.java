package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.SessionId;

/**
 * An agent's login attempt, made from the session the agent has now.
 *
 * @param clientAddress where the attempt came from, throttled as customers' login addresses are; {@code null} when
 *                      not known
 */
public record AgentLoginCommand(String username, PlainPassword password, String clientAddress, SessionId session) {

    public AgentLoginCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(session, "session");
    }

    public static AgentLoginCommand fromForm(String username, String password, String clientAddress,
                                             SessionId session) {
        var validation = new FieldValidation();
        if (username == null || username.isBlank()) {
            validation.reject("username", "agent.username.required");
        }
        if (password == null || password.isEmpty()) {
            validation.reject("password", "password.required");
        }
        validation.throwIfInvalid();
        return new AgentLoginCommand(username.strip(), new PlainPassword(password), clientAddress, session);
    }
}
