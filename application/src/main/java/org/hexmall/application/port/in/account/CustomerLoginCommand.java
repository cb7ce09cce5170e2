package org.hexmall.application.port.in.account;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.DomainException;

/**
 * A login attempt.
 *
 * @param login         the phone number or email address as typed
 * @param clientAddress where the attempt came from, for the login history
 * @param session       the session the visitor has now; a successful login replaces it
 * @param device        the browser or app the login is typed on; empty when the caller names none, and then no
 *                      device is checked or remembered
 */
public record CustomerLoginCommand(String login, PlainPassword password, String clientAddress, SessionId session,
                                   Optional<LoginDevice> device) {

    public CustomerLoginCommand {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(device, "device");
        if (login == null || login.isBlank()) {
            throw new DomainException("login.required");
        }
        login = login.strip();
    }

    public CustomerLoginCommand(String login, PlainPassword password, String clientAddress, SessionId session) {
        this(login, password, clientAddress, session, Optional.empty());
    }

    /** A login that names no device. */
    public static CustomerLoginCommand fromForm(String login, String password, String clientAddress,
                                                SessionId session) {
        return fromForm(login, password, clientAddress, session, Optional.empty());
    }

    /** A login typed in a browser or an app. */
    public static CustomerLoginCommand fromForm(String login, String password, String clientAddress, SessionId session,
                                                Optional<LoginDevice> device) {
        var validation = new FieldValidation();
        if (login == null || login.isBlank()) {
            validation.reject("login", "login.required");
        }
        if (password == null || password.isEmpty()) {
            validation.reject("password", "password.required");
        }
        validation.throwIfInvalid();
        return new CustomerLoginCommand(login, new PlainPassword(password), clientAddress, session, device);
    }
}
