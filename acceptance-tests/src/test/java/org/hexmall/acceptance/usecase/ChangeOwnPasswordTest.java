package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.util.Optional;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.AuditLogQuery;
import org.hexmall.application.port.in.support.ChangeOwnPassword;
import org.hexmall.application.port.in.support.ChangeOwnPasswordCommand;
import org.hexmall.application.port.in.support.ResetAgentPasswordCommand;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AuditRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An agent changes their own console password; the current one proves it is them, as at login. */
class ChangeOwnPasswordTest {

    private static final String CURRENT = "console-pass-2025";
    private static final String CHOSEN = "my-own-secret-42";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final AgentId supervisor = hexmall.registeredSupervisor("zhang.wei");
    private final AgentId agent = hexmall.registeredAgent("wang.fang");

    @Test
    void theNewPassword_replacesTheOld_andTheChangeIsAuditedWithoutIt() {
        ChangeOwnPassword.Result result = useCases.changeOwnPassword().change(
                ChangeOwnPasswordCommand.fromForm(agent, CURRENT, CHOSEN, CHOSEN));

        assertThat(result).isInstanceOf(ChangeOwnPassword.Changed.class);
        assertThat(logIn(CURRENT)).isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(sessionAfter(logIn(CHOSEN)).principal()).isEqualTo(new Principal.Agent(agent, AgentRole.AGENT));
        assertThat(useCases.searchAuditLog().search(supervisor, AuditLogQuery.EVERYTHING, 1).entries())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AgentAction.CHANGE_OWN_PASSWORD);
                    assertThat(entry.agentId()).isEqualTo(agent);
                    assertThat(entry.target()).isEqualTo(AuditRecord.Target.AGENT);
                    assertThat(entry.subject() + entry.reason()).doesNotContain(CHOSEN).doesNotContain(CURRENT);
                });
    }

    @Test
    void aNewPassword_signsTheAgentOutEverywhereElse_butNotWhereTheyChangedIt() {
        Session here = sessionAfter(logIn(CURRENT));
        Session elsewhere = sessionAfter(logIn(CURRENT));

        useCases.changeOwnPassword().change(
                ChangeOwnPasswordCommand.fromForm(agent, Optional.of(here.id()), CURRENT, CHOSEN, CHOSEN));

        assertThat(hexmall.resumeSession.resume(Optional.of(here.id())).principal())
                .isEqualTo(new Principal.Agent(agent, AgentRole.AGENT));
        assertThat(hexmall.resumeSession.resume(Optional.of(elsewhere.id())).principal())
                .isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void aWrongCurrentPassword_signsNobodyOut() {
        Session elsewhere = sessionAfter(logIn(CURRENT));

        useCases.changeOwnPassword().change(
                ChangeOwnPasswordCommand.fromForm(agent, Optional.empty(), "not-my-password", CHOSEN, CHOSEN));

        assertThat(hexmall.resumeSession.resume(Optional.of(elsewhere.id())).principal())
                .isEqualTo(new Principal.Agent(agent, AgentRole.AGENT));
    }

    @Test
    void afterASupervisorResetIt_changingItClearsTheDemandToChangeIt() {
        useCases.manageAgents().resetPassword(ResetAgentPasswordCommand.fromForm(supervisor, agent,
                "temporary-pass-9", "temporary-pass-9", "Forgot it"));
        assertThat(useCases.viewSignedInAgent().view(agent).orElseThrow().mustChangePassword()).isTrue();

        useCases.changeOwnPassword().change(ChangeOwnPasswordCommand.fromForm(agent, "temporary-pass-9", CHOSEN,
                CHOSEN));

        assertThat(useCases.viewSignedInAgent().view(agent).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void aWrongCurrentPassword_changesNothing_andCountsTowardsTheLoginLock() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(useCases.changeOwnPassword().change(
                    ChangeOwnPasswordCommand.fromForm(agent, "not-my-password", CHOSEN, CHOSEN)))
                    .isInstanceOf(ChangeOwnPassword.WrongCurrentPassword.class);
        }

        assertThat(useCases.changeOwnPassword().change(
                ChangeOwnPasswordCommand.fromForm(agent, "not-my-password", CHOSEN, CHOSEN)))
                .isInstanceOf(ChangeOwnPassword.Locked.class);
        assertThat(logIn(CURRENT)).isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void theForm_followsThePasswordRules_andRefusesTheCurrentPasswordAsTheNewOne() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> ChangeOwnPasswordCommand.fromForm(agent, "", "short", "short"))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("currentPassword", "password"));
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> ChangeOwnPasswordCommand.fromForm(agent, CURRENT, CURRENT, CURRENT))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::code)
                        .containsExactly("agent.password.unchanged"));
    }

    private LoginResult logIn(String password) {
        return hexmall.logInAgent.logIn(AgentLoginCommand.fromForm("wang.fang", password, null,
                hexmall.newVisitor().id()));
    }
}
