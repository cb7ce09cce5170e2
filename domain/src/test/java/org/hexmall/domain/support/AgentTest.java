package org.hexmall.domain.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.PasswordHash;
import org.junit.jupiter.api.Test;

class AgentTest {

    private static final Instant NOW = Instant.parse("2025-11-11T10:00:00Z");

    private final Agent agent = Agent.create(new AgentId(UUID.randomUUID()), AgentUsername.parse("wang.fang"),
            "王芳", AgentRole.SUPERVISOR, new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), NOW);

    @Test
    void aNewAgent_isNotLockedOut() {
        assertThat(agent.loginThrottle().isLockedAt(NOW)).isFalse();
    }

    @Test
    void givenFourWrongPasswords_theFifthLocksTheAgentOutForFifteenMinutes() {
        Agent afterFour = failedLogins(agent, 4);
        assertThat(afterFour.loginThrottle().isLockedAt(NOW)).isFalse();

        Agent locked = afterFour.afterFailedLogin(NOW, LoginLockoutPolicy.STANDARD);

        assertThat(locked.loginThrottle().retryAfter(NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aSuccessfulLogin_forgetsTheWrongPasswordsBeforeIt() {
        Agent afterSuccess = failedLogins(agent, 4).afterSuccessfulLogin();

        assertThat(failedLogins(afterSuccess, 4).loginThrottle().isLockedAt(NOW)).isFalse();
    }

    @Test
    void loginAttempts_neverChangeWhoTheAgentIsOrWhatTheyMayDo() {
        Agent afterAttempts = failedLogins(agent, 5).afterSuccessfulLogin();

        assertThat(afterAttempts.id()).isEqualTo(agent.id());
        assertThat(afterAttempts.username()).isEqualTo(agent.username());
        assertThat(afterAttempts.displayName()).isEqualTo("王芳");
        assertThat(afterAttempts.role()).isEqualTo(AgentRole.SUPERVISOR);
        assertThat(afterAttempts.passwordHash()).isEqualTo(agent.passwordHash());
        assertThat(afterAttempts.createdAt()).isEqualTo(NOW);
    }

    private static Agent failedLogins(Agent agent, int count) {
        for (int i = 0; i < count; i++) {
            agent = agent.afterFailedLogin(NOW, LoginLockoutPolicy.STANDARD);
        }
        return agent;
    }
}
