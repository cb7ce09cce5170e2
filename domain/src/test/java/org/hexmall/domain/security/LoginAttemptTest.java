package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.security.LoginAttempt.Outcome;
import org.hexmall.domain.security.LoginAttempt.RefusedFrozen;
import org.hexmall.domain.security.LoginAttempt.RefusedLocked;
import org.hexmall.domain.security.LoginAttempt.Succeeded;
import org.hexmall.domain.security.LoginAttempt.WrongPassword;
import org.junit.jupiter.api.Test;

class LoginAttemptTest {

    private static final Instant NOW = Instant.parse("2025-11-11T10:00:00Z");
    private static final LoginLockoutPolicy POLICY = LoginLockoutPolicy.STANDARD;
    private static final Instant LOCK_ENDS = NOW.plus(Duration.ofMinutes(15));
    private static final LoginThrottle FOUR_WRONG = new LoginThrottle(4, null);
    private static final LoginThrottle LOCKED = new LoginThrottle(0, LOCK_ENDS);
    private static final boolean FROZEN = true;
    private static final boolean NOT_FROZEN = false;
    private static final boolean RIGHT_PASSWORD = true;
    private static final boolean WRONG_PASSWORD = false;

    @Test
    void theRightPassword_signsInAndForgetsTheWrongOnesBeforeIt() {
        Outcome outcome = LoginAttempt.decide(FOUR_WRONG, NOT_FROZEN, RIGHT_PASSWORD, NOW, POLICY);

        assertThat(outcome).isEqualTo(new Succeeded(LoginThrottle.CLEAR));
        assertThat(outcome.throttleToKeep()).contains(LoginThrottle.CLEAR);
    }

    @Test
    void aWrongPassword_isCountedWithoutLockingBeforeTheLimit() {
        Outcome outcome = LoginAttempt.decide(new LoginThrottle(3, null), NOT_FROZEN, WRONG_PASSWORD, NOW, POLICY);

        assertThat(outcome).isEqualTo(new WrongPassword(new LoginThrottle(4, null), Optional.empty()));
        assertThat(outcome.throttleToKeep()).contains(new LoginThrottle(4, null));
    }

    @Test
    void theWrongPasswordThatReachesTheLimit_locksTheLoginForTheLockDuration() {
        Outcome outcome = LoginAttempt.decide(FOUR_WRONG, NOT_FROZEN, WRONG_PASSWORD, NOW, POLICY);

        assertThat(outcome).isEqualTo(new WrongPassword(LOCKED, Optional.of(LOCK_ENDS)));
    }

    @Test
    void aLockedLogin_isRefusedEvenWithTheRightPasswordAndKeepsItsThrottle() {
        Outcome outcome = LoginAttempt.decide(LOCKED, NOT_FROZEN, RIGHT_PASSWORD, NOW, POLICY);

        assertThat(outcome).isEqualTo(new RefusedLocked(LOCK_ENDS));
        assertThat(outcome.throttleToKeep()).isEmpty();
    }

    @Test
    void aWrongPasswordWhileLocked_neitherCountsNorLengthensTheLock() {
        Outcome outcome = LoginAttempt.decide(LOCKED, NOT_FROZEN, WRONG_PASSWORD, LOCK_ENDS.minusSeconds(1), POLICY);

        assertThat(outcome).isEqualTo(new RefusedLocked(LOCK_ENDS));
        assertThat(outcome.throttleToKeep()).isEmpty();
    }

    @Test
    void whenTheLockEnds_theRightPasswordSignsInAgain() {
        Outcome outcome = LoginAttempt.decide(LOCKED, NOT_FROZEN, RIGHT_PASSWORD, LOCK_ENDS, POLICY);

        assertThat(outcome).isEqualTo(new Succeeded(LoginThrottle.CLEAR));
    }

    @Test
    void aFrozenAccount_isToldSoOnlyWithTheRightPassword_andKeepsItsThrottle() {
        Outcome outcome = LoginAttempt.decide(FOUR_WRONG, FROZEN, RIGHT_PASSWORD, NOW, POLICY);

        assertThat(outcome).isEqualTo(new RefusedFrozen());
        assertThat(outcome.throttleToKeep()).isEmpty();
    }

    @Test
    void aLockedFrozenAccount_isRefusedAsLockedEvenForTheRightPassword_soAGuessDuringTheLockLearnsNothing() {
        Outcome outcome = LoginAttempt.decide(LOCKED, FROZEN, RIGHT_PASSWORD, NOW, POLICY);

        assertThat(outcome).isEqualTo(new RefusedLocked(LOCK_ENDS));
        assertThat(LoginAttempt.decide(LOCKED, FROZEN, WRONG_PASSWORD, NOW, POLICY)).isEqualTo(outcome);
    }

    @Test
    void aFrozenAccount_isToldOfTheFreezeOnceItsLockEnds() {
        assertThat(LoginAttempt.decide(LOCKED, FROZEN, RIGHT_PASSWORD, LOCK_ENDS, POLICY))
                .isEqualTo(new RefusedFrozen());
    }

    @Test
    void aWrongPasswordForAFrozenAccount_looksLikeAnyWrongPasswordAndCounts() {
        Outcome outcome = LoginAttempt.decide(FOUR_WRONG, FROZEN, WRONG_PASSWORD, NOW, POLICY);

        assertThat(outcome).isEqualTo(new WrongPassword(LOCKED, Optional.of(LOCK_ENDS)));
    }

    @Test
    void aLockedFrozenAccount_isRefusedAsLockedForAWrongPassword() {
        Outcome outcome = LoginAttempt.decide(LOCKED, FROZEN, WRONG_PASSWORD, NOW, POLICY);

        assertThat(outcome).isEqualTo(new RefusedLocked(LOCK_ENDS));
    }

    @Test
    void aStricterPolicy_locksSoonerAndForLonger() {
        var strict = new LoginLockoutPolicy(2, Duration.ofHours(1));

        Outcome outcome = LoginAttempt.decide(new LoginThrottle(1, null), NOT_FROZEN, WRONG_PASSWORD, NOW, strict);

        assertThat(outcome).isEqualTo(new WrongPassword(new LoginThrottle(0, NOW.plus(Duration.ofHours(1))),
                Optional.of(NOW.plus(Duration.ofHours(1)))));
    }
}
