package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;

/** A customer-service agent (客服) who works in the console. */
public final class Agent {

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

    public Agent afterFailedLogin(Instant now, LoginLockoutPolicy policy) {
        return new Agent(id, username, displayName, role, passwordHash, createdAt,
                loginThrottle.afterFailure(now, policy));
    }

    public Agent afterSuccessfulLogin() {
        return new Agent(id, username, displayName, role, passwordHash, createdAt, loginThrottle.afterSuccess());
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

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LoginThrottle loginThrottle() {
        return loginThrottle;
    }
}
