package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.agent;

import java.time.Duration;
import java.util.UUID;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.junit.jupiter.api.Test;

/** What every {@link Agents} adapter must do. Each test starts with an empty store. */
public abstract class AgentsContract {

    protected abstract Agents agents();

    @Test
    void givenAddedAgent_findByIdOrUsername_returnsEveryDetail() {
        Agent wang = agent("wang.fang", AgentRole.SUPERVISOR);
        agents().add(wang);

        assertThat(agents().findById(wang.id())).get().usingRecursiveComparison().isEqualTo(wang);
        assertThat(agents().findByUsername(new AgentUsername("wang.fang"))).get()
                .usingRecursiveComparison().isEqualTo(wang);
    }

    @Test
    void givenUnknownIdOrUsername_finders_findNothing() {
        agents().add(agent("wang.fang", AgentRole.AGENT));

        assertThat(agents().findById(new AgentId(UUID.randomUUID()))).isEmpty();
        assertThat(agents().findByUsername(new AgentUsername("zhao.lei"))).isEmpty();
    }

    @Test
    void givenLockedAgent_update_keepsTheLoginThrottle() {
        Agent wang = agent("wang.fang", AgentRole.AGENT);
        agents().add(wang);
        LoginThrottle locked = new LoginThrottle(1, NOW.plus(Duration.ofMinutes(15)));

        agents().update(Agent.reconstitute(wang.id(), wang.username(), wang.displayName(), wang.role(),
                wang.passwordHash(), wang.createdAt(), locked));

        assertThat(agents().findById(wang.id()).orElseThrow().loginThrottle()).isEqualTo(locked);
    }

    @Test
    void givenDisabledAgentWhoMustChangeTheirPassword_update_keepsBoth_andEnablingKeepsTheOther() {
        Agent wang = agent("wang.fang", AgentRole.AGENT);
        agents().add(wang);

        agents().update(wang.withPasswordResetBySupervisor(wang.passwordHash()).disabled());

        Agent stored = agents().findById(wang.id()).orElseThrow();
        assertThat(stored.isDisabled()).isTrue();
        assertThat(stored.mustChangePassword()).isTrue();
        agents().update(stored.enabled());
        assertThat(agents().findById(wang.id()).orElseThrow())
                .returns(false, Agent::isDisabled)
                .returns(true, Agent::mustChangePassword);
    }

    @Test
    void givenAgentCreatedByASupervisor_findById_saysTheyMustChangeTheirPassword() {
        Agent created = Agent.createdBySupervisor(new AgentId(UUID.randomUUID()), new AgentUsername("li.na"),
                "李娜", AgentRole.AGENT, agent("x.y.z", AgentRole.AGENT).passwordHash(), NOW);
        agents().add(created);

        assertThat(agents().findById(created.id())).get().usingRecursiveComparison().isEqualTo(created);
    }

    @Test
    void all_listsEveryAgentByUsername_disabledOnesToo() {
        Agent zhao = agent("zhao.lei", AgentRole.AGENT);
        Agent wang = agent("wang.fang", AgentRole.SUPERVISOR);
        Agent li = agent("li.na", AgentRole.AGENT);
        agents().add(zhao);
        agents().add(wang);
        agents().add(li.disabled());

        assertThat(agents().all()).extracting(agent -> agent.username().value())
                .containsExactly("li.na", "wang.fang", "zhao.lei");
        assertThat(agents().all().getFirst().isDisabled()).isTrue();
    }

    @Test
    void givenNoAgent_all_isEmpty() {
        assertThat(agents().all()).isEmpty();
    }

    @Test
    void givenTakenUsername_addingAnotherAgentWithIt_isRefusedAndKeepsTheFirst() {
        Agent first = agent("wang.fang", AgentRole.AGENT);
        agents().add(first);

        assertThatThrownBy(() -> agents().add(agent("wang.fang", AgentRole.SUPERVISOR)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(agents().findByUsername(first.username())).get().extracting(Agent::id).isEqualTo(first.id());
    }
}
