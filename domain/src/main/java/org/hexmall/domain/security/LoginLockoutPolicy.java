package org.hexmall.domain.security;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock a login, and for how long.
 *
 * @param maxConsecutiveFailures the failure that reaches this count locks the login
 * @param lockDuration           how long a locked login is refused, even with the right password
 */
public record LoginLockoutPolicy(int maxConsecutiveFailures, Duration lockDuration) {

    /** Five wrong passwords lock the login for fifteen minutes. */
    public static final LoginLockoutPolicy STANDARD = new LoginLockoutPolicy(5, Duration.ofMinutes(15));

    public LoginLockoutPolicy {
        if (maxConsecutiveFailures < 1) {
            throw new IllegalArgumentException("maxConsecutiveFailures must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
