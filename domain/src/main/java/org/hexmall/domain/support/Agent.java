package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.security.LoginAccount;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;

/** A customer-service agent (客服) who works in the console. */
public final class Agent implements LoginAccount {

    private final AgentId id;
    private final AgentUsername username;
    private final String displayName;
    private final AgentRole role;
    private final PasswordHash passwordHash;
    private final Instant createdAt;
    private final LoginThrottle loginThrottle;

    private Agent(AgentId id, AgentUsername username, String displayName, AgentRole role,
                  PasswordHash passwordHash, Instant createdAt, LoginThrottle loginThrottle) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.loginThrottle = Objects.requireNonNull(loginThrottle, "loginThrottle");
    }

    /** A new agent with a clean login record. */
    public static Agent create(AgentId id, AgentUsername username, String displayName, AgentRole role,
                               PasswordHash passwordHash, Instant now) {
        return new Agent(id, username, displayName, role, passwordHash, now, LoginThrottle.CLEAR);
    }

    /** An agent as it was stored. */
    public static Agent reconstitute(AgentId id, AgentUsername username, String displayName, AgentRole role,
                                     PasswordHash passwordHash, Instant createdAt, LoginThrottle loginThrottle) {
        return new Agent(id, username, displayName, role, passwordHash, createdAt, loginThrottle);
    }

    /** The same agent with the throttle a login attempt left behind. */
    public Agent withLoginThrottle(LoginThrottle throttle) {
        return new Agent(id, username, displayName, role, passwordHash, createdAt, throttle);
    }

    public AgentId id() {
        return id;
    }

    public AgentUsername username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public AgentRole role() {
        return role;
    }

    @Override
    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public LoginThrottle loginThrottle() {
        return loginThrottle;
    }
}
