package org.hexmall.domain.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one login attempt leads to, for customers and agents alike, from the facts the login gathers: the
 * account's throttle, whether customer service froze it, and whether the password typed was right.
 * A locked login is refused whatever the password, so that guessing during the lock learns nothing, not even of a
 * frozen account; a frozen account is told so only to someone who knows its password; a wrong password counts
 * towards the lock; the right one signs in and starts the count again.
 */
public final class LoginAttempt {

    private LoginAttempt() {
    }

    /** How the attempt ends, and the throttle it leaves behind. */
    public sealed interface Outcome {

        /** The throttle to keep after the attempt; empty when the attempt leaves it as it was. */
        Optional<LoginThrottle> throttleToKeep();
    }

    /** The right password: signed in, and the wrong passwords before it are forgotten. */
    public record Succeeded(LoginThrottle throttle) implements Outcome {
        public Succeeded {
            Objects.requireNonNull(throttle, "throttle");
        }

        @Override
        public Optional<LoginThrottle> throttleToKeep() {
            return Optional.of(throttle);
        }
    }

    /**
     * A wrong password: the throttle counts it, and the one that reaches the policy's limit locks the login.
     *
     * @param lockedUntil when the lock this failure started ends; empty when it started none
     */
    public record WrongPassword(LoginThrottle throttle, Optional<Instant> lockedUntil) implements Outcome {
        public WrongPassword {
            Objects.requireNonNull(throttle, "throttle");
            Objects.requireNonNull(lockedUntil, "lockedUntil");
        }

        @Override
        public Optional<LoginThrottle> throttleToKeep() {
            return Optional.of(throttle);
        }
    }

    /** Refused, whatever the password, because wrong ones locked the login until {@code until}. */
    public record RefusedLocked(Instant until) implements Outcome {
        public RefusedLocked {
            Objects.requireNonNull(until, "until");
        }

        @Override
        public Optional<LoginThrottle> throttleToKeep() {
            return Optional.empty();
        }
    }

    /**
     * Refused because customer service froze the account; decided only when the password was right and the login
     * is not locked.
     */
    public record RefusedFrozen() implements Outcome {
        @Override
        public Optional<LoginThrottle> throttleToKeep() {
            return Optional.empty();
        }
    }

    /**
     * @param throttle        the account's throttle as stored now
     * @param frozen          whether customer service froze the account (an agent's never is)
     * @param passwordMatches whether the password typed is the account's
     * @param now             when the attempt is made
     * @param policy          how many wrong passwords lock a login, and for how long
     */
    public static Outcome decide(LoginThrottle throttle, boolean frozen, boolean passwordMatches, Instant now,
                                 LoginLockoutPolicy policy) {
        Optional<Instant> lockedUntil = throttle.retryAfter(now);
        if (lockedUntil.isPresent()) {
            return new RefusedLocked(lockedUntil.get());
        }
        if (frozen && passwordMatches) {
            return new RefusedFrozen();
        }
        if (!passwordMatches) {
            LoginThrottle counted = throttle.afterFailure(now, policy);
            return new WrongPassword(counted, counted.retryAfter(now));
        }
        return new Succeeded(throttle.afterSuccess());
    }
}
