package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2025-11-11T10:00:00Z");
    private static final LoginLockoutPolicy STANDARD = LoginLockoutPolicy.STANDARD;

    @Test
    void givenFourWrongPasswords_theLoginIsNotLocked() {
        LoginThrottle throttle = failures(LoginThrottle.CLEAR, 4, NOW);

        assertThat(throttle.isLockedAt(NOW)).isFalse();
        assertThat(throttle.retryAfter(NOW)).isEmpty();
    }

    @Test
    void givenFourWrongPasswords_fifthLocksTheLoginForFifteenMinutes() {
        LoginThrottle throttle = failures(LoginThrottle.CLEAR, 5, NOW);

        assertThat(throttle.isLockedAt(NOW)).isTrue();
        assertThat(throttle.retryAfter(NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aLock_holdsUntilTheLastInstantBeforeItsEnd() {
        LoginThrottle locked = failures(LoginThrottle.CLEAR, 5, NOW);
        Instant end = NOW.plus(Duration.ofMinutes(15));

        assertThat(locked.isLockedAt(end.minusNanos(1))).isTrue();
        assertThat(locked.retryAfter(end.minusNanos(1))).contains(end);
    }

    @Test
    void aLock_isOverExactlyWhenItEnds() {
        LoginThrottle locked = failures(LoginThrottle.CLEAR, 5, NOW);
        Instant end = NOW.plus(Duration.ofMinutes(15));

        assertThat(locked.isLockedAt(end)).isFalse();
        assertThat(locked.retryAfter(end)).isEmpty();
    }

    @Test
    void aSuccessfulLogin_startsTheCountAgain() {
        LoginThrottle afterSuccess = failures(LoginThrottle.CLEAR, 4, NOW).afterSuccess();

        assertThat(failures(afterSuccess, 4, NOW).isLockedAt(NOW)).isFalse();
    }

    @Test
    void givenAnExpiredLock_oneWrongPasswordDoesNotLockAgain() {
        Instant afterTheLock = NOW.plus(Duration.ofMinutes(15));
        LoginThrottle throttle = failures(lockedAt(NOW), 1, afterTheLock);

        assertThat(throttle.isLockedAt(afterTheLock)).isFalse();
    }

    @Test
    void givenAnExpiredLock_fiveNewWrongPasswordsLockAgainForFifteenMinutes() {
        Instant afterTheLock = NOW.plus(Duration.ofMinutes(20));
        LoginThrottle throttle = failures(lockedAt(NOW), 5, afterTheLock);

        assertThat(throttle.retryAfter(afterTheLock)).contains(afterTheLock.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aStricterPolicy_locksSoonerAndForLonger() {
        var strict = new LoginLockoutPolicy(3, Duration.ofHours(1));

        LoginThrottle throttle = LoginThrottle.CLEAR;
        for (int i = 0; i < 3; i++) {
            throttle = throttle.afterFailure(NOW, strict);
        }

        assertThat(throttle.retryAfter(NOW)).contains(NOW.plus(Duration.ofHours(1)));
    }

    private static LoginThrottle lockedAt(Instant at) {
        return failures(LoginThrottle.CLEAR, 5, at);
    }

    private static LoginThrottle failures(LoginThrottle throttle, int count, Instant at) {
        for (int i = 0; i < count; i++) {
            throttle = throttle.afterFailure(at, STANDARD);
        }
        return throttle;
    }
}
