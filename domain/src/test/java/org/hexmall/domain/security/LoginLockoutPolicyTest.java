package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLockoutPolicyTest {

    @Test
    void aPolicyThatWouldLockBeforeAnyFailure_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LoginLockoutPolicy(0, Duration.ofMinutes(15)));
    }

    @Test
    void aPolicyWhoseLockWouldEndAtOnce_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LoginLockoutPolicy(5, Duration.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LoginLockoutPolicy(5, Duration.ofMinutes(-1)));
    }
}
