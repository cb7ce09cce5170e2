package org.hexmall.domain.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.security.LoginThrottle;
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
    void loginAttempts_neverChangeWhoTheAgentIsOrWhatTheyMayDo() {
        Agent afterAttempts = agent.withLoginThrottle(new LoginThrottle(0, NOW.plus(Duration.ofMinutes(15))));

        assertThat(afterAttempts.id()).isEqualTo(agent.id());
        assertThat(afterAttempts.username()).isEqualTo(agent.username());
        assertThat(afterAttempts.displayName()).isEqualTo("王芳");
        assertThat(afterAttempts.role()).isEqualTo(AgentRole.SUPERVISOR);
        assertThat(afterAttempts.passwordHash()).isEqualTo(agent.passwordHash());
        assertThat(afterAttempts.createdAt()).isEqualTo(NOW);
        assertThat(afterAttempts.loginThrottle().retryAfter(NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void anEnabledAgent_isNotRefusedAtLogin() {
        assertThat(agent.isFrozen()).isFalse();
    }

    @Test
    void aDisabledAgent_isRefusedAtLoginUntilEnabledAgain() {
        Agent disabled = agent.disabled();

        assertThat(disabled.isDisabled()).isTrue();
        assertThat(disabled.isFrozen()).isTrue();
        assertThat(disabled.enabled().isFrozen()).isFalse();
        assertThat(disabled.enabled().passwordHash()).isEqualTo(agent.passwordHash());
    }

    @Test
    void aPasswordChosenByASupervisor_mustBeChangedByTheAgent_andTheirOwnOneNeedNot() {
        PasswordHash chosen = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$b3RoZXI");
        Agent locked = agent.withLoginThrottle(new LoginThrottle(0, NOW.plus(Duration.ofMinutes(15))));

        Agent reset = locked.withPasswordResetBySupervisor(chosen);

        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(reset.passwordHash()).isEqualTo(chosen);
        assertThat(reset.loginThrottle().isLockedAt(NOW)).isFalse();
        assertThat(reset.withOwnPassword(agent.passwordHash()).mustChangePassword()).isFalse();
    }

    @Test
    void anAgentCreatedByASupervisor_mustChooseTheirOwnPasswordFirst() {
        Agent created = Agent.createdBySupervisor(new AgentId(UUID.randomUUID()), AgentUsername.parse("li.na"),
                "李娜", AgentRole.AGENT, agent.passwordHash(), NOW);

        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.isDisabled()).isFalse();
    }
}
