package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.security.LoginAccount;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;

/**
 * A customer-service agent (客服) who works in the console. A supervisor may disable an agent, who then cannot log in
 * (as a frozen customer cannot), and may give them a new password that they must change at their next login.
 */
public final class Agent implements LoginAccount {

    private final AgentId id;
    private final AgentUsername username;
    private final String displayName;
    private final AgentRole role;
    private final PasswordHash passwordHash;
    private final Instant createdAt;
    private final LoginThrottle loginThrottle;
    private final boolean disabled;
    private final boolean mustChangePassword;

    private Agent(AgentId id, AgentUsername username, String displayName, AgentRole role,
                  PasswordHash passwordHash, Instant createdAt, LoginThrottle loginThrottle, boolean disabled,
                  boolean mustChangePassword) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.loginThrottle = Objects.requireNonNull(loginThrottle, "loginThrottle");
        this.disabled = disabled;
        this.mustChangePassword = mustChangePassword;
    }

    /** A new agent with a clean login record. */
    public static Agent create(AgentId id, AgentUsername username, String displayName, AgentRole role,
                               PasswordHash passwordHash, Instant now) {
        return new Agent(id, username, displayName, role, passwordHash, now, LoginThrottle.CLEAR, false, false);
    }

    /**
     * A new agent created by a supervisor, who chose the first password: the agent must replace it with their own
     * at their first login.
     */
    public static Agent createdBySupervisor(AgentId id, AgentUsername username, String displayName, AgentRole role,
                                            PasswordHash initialPassword, Instant now) {
        return new Agent(id, username, displayName, role, initialPassword, now, LoginThrottle.CLEAR, false, true);
    }

    /** An agent as it was stored. */
    public static Agent reconstitute(AgentId id, AgentUsername username, String displayName, AgentRole role,
                                     PasswordHash passwordHash, Instant createdAt, LoginThrottle loginThrottle) {
        return new Agent(id, username, displayName, role, passwordHash, createdAt, loginThrottle, false, false);
    }

    /** An agent as it was stored, disabled or not, and perhaps with a password they must change. */
    public static Agent reconstitute(AgentId id, AgentUsername username, String displayName, AgentRole role,
                                     PasswordHash passwordHash, Instant createdAt, LoginThrottle loginThrottle,
                                     boolean disabled, boolean mustChangePassword) {
        return new Agent(id, username, displayName, role, passwordHash, createdAt, loginThrottle, disabled,
                mustChangePassword);
    }

    /** The same agent with the throttle a login attempt left behind. */
    public Agent withLoginThrottle(LoginThrottle throttle) {
        return new Agent(id, username, displayName, role, passwordHash, createdAt, throttle, disabled,
                mustChangePassword);
    }

    /**
     * The agent with a password a supervisor chose: the agent must change it at their next login, and the wrong
     * passwords typed before it are forgotten.
     */
    public Agent withPasswordResetBySupervisor(PasswordHash newPassword) {
        return new Agent(id, username, displayName, role, newPassword, createdAt, LoginThrottle.CLEAR, disabled,
                true);
    }

    /** The agent with a password they chose themselves. */
    public Agent withOwnPassword(PasswordHash newPassword) {
        return new Agent(id, username, displayName, role, newPassword, createdAt, loginThrottle, disabled, false);
    }

    /** The agent disabled by a supervisor: they cannot log in until re-enabled. */
    public Agent disabled() {
        return new Agent(id, username, displayName, role, passwordHash, createdAt, loginThrottle, true,
                mustChangePassword);
    }

    /** The agent enabled again, able to log in with the password they had. */
    public Agent enabled() {
        return new Agent(id, username, displayName, role, passwordHash, createdAt, loginThrottle, false,
                mustChangePassword);
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

    public boolean isDisabled() {
        return disabled;
    }

    /** Whether the agent must choose a new password before working: a supervisor chose the one they have. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** A disabled agent is refused at login as a frozen account is: only once the password typed is right. */
    @Override
    public boolean isFrozen() {
        return disabled;
    }
}
