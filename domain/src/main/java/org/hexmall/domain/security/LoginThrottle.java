package org.hexmall.domain.security;

import java.time.Instant;
import java.util.Optional;

/**
 * The count of wrong passwords in a row for one login, and the lock they caused.
 * Immutable: each event returns the next state.
 *
 * @param consecutiveFailures wrong passwords since the last success or the last lock
 * @param lockedUntil         when the current lock ends; {@code null} when never locked
 */
public record LoginThrottle(int consecutiveFailures, Instant lockedUntil) {

    public static final LoginThrottle CLEAR = new LoginThrottle(0, null);

    public LoginThrottle {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must not be negative");
        }
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** When a locked login may try again; empty when it is not locked at {@code now}. */
    public Optional<Instant> retryAfter(Instant now) {
        return isLockedAt(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** The state after a wrong password; the failure that reaches the policy's limit starts a lock. */
    public LoginThrottle afterFailure(Instant now, LoginLockoutPolicy policy) {
        int failures = consecutiveFailures + 1;
        if (failures >= policy.maxConsecutiveFailures()) {
            return new LoginThrottle(0, now.plus(policy.lockDuration()));
        }
        return new LoginThrottle(failures, lockedUntil);
    }

    /** The state after the right password: the count starts again. */
    public LoginThrottle afterSuccess() {
        return CLEAR;
    }
}
