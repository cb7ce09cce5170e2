package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginThrottle;
import org.junit.jupiter.api.Test;

class LoginOutcomeTest {

    private static final Instant LOCK_ENDS = Instant.parse("2025-11-11T10:15:00Z");

    @Test
    void theHistory_keepsHowEachAttemptEnded() {
        assertThat(LoginOutcome.of(new LoginAttempt.Succeeded(LoginThrottle.CLEAR)))
                .isEqualTo(LoginOutcome.SUCCEEDED);
        assertThat(LoginOutcome.of(new LoginAttempt.WrongPassword(new LoginThrottle(1, null), Optional.empty())))
                .isEqualTo(LoginOutcome.WRONG_PASSWORD);
        assertThat(LoginOutcome.of(new LoginAttempt.WrongPassword(new LoginThrottle(0, LOCK_ENDS),
                Optional.of(LOCK_ENDS)))).isEqualTo(LoginOutcome.WRONG_PASSWORD);
        assertThat(LoginOutcome.of(new LoginAttempt.RefusedLocked(LOCK_ENDS))).isEqualTo(LoginOutcome.REFUSED_LOCKED);
        assertThat(LoginOutcome.of(new LoginAttempt.RefusedFrozen())).isEqualTo(LoginOutcome.REFUSED_FROZEN);
    }
}
