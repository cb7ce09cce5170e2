package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.support.ActionNotPermittedException;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.AgentProfile;
import org.hexmall.application.port.in.support.AgentStatusCommand;
import org.hexmall.application.port.in.support.AuditLogQuery;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.CreateAgentCommand;
import org.hexmall.application.port.in.support.ManageAgents;
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

/**
 * A supervisor manages the console's agents: creates one with a first password the agent must change, resets a
 * forgotten password, disables an agent who leaves (their open sessions end at once) and enables them again. A plain
 * agent may do none of it.
 */
class ManageAgentsTest {

    private static final String FIRST_PASSWORD = "welcome-to-hexmall-7";
    private static final String REASON = "Li Na forgot her password and asked at the desk";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final AgentId supervisor = hexmall.registeredSupervisor("zhang.wei");
    private final AgentId agent = hexmall.registeredAgent("wang.fang");

    @Test
    void aNewAgent_logsInWithTheFirstPassword_mustChangeIt_andTheCreationIsAuditedWithoutThePassword() {
        AgentId liNa = created("li.na", AgentRole.AGENT);

        Session session = sessionAfter(logIn("li.na", FIRST_PASSWORD));

        assertThat(session.principal()).isEqualTo(new Principal.Agent(liNa, AgentRole.AGENT));
        AgentProfile profile = useCases.viewSignedInAgent().view(liNa).orElseThrow();
        assertThat(profile.displayName()).isEqualTo("李娜");
        assertThat(profile.mustChangePassword()).isTrue();
        assertThat(auditLog()).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AgentAction.CREATE_AGENT);
            assertThat(entry.agentId()).isEqualTo(supervisor);
            assertThat(entry.targetId()).isEqualTo(liNa.toString());
            assertThat(entry.subject() + entry.reason()).doesNotContain(FIRST_PASSWORD);
        });
        assertThat(useCases.manageAgents().list(supervisor)).extracting(AgentProfile::username)
                .containsExactly("li.na", "wang.fang", "zhang.wei");
    }

    @Test
    void aTakenUsername_isRefused_inAnyCase() {
        ManageAgents.Outcome outcome = useCases.manageAgents().create(CreateAgentCommand.fromForm(supervisor,
                "Wang.Fang", "另一个王芳", "AGENT", FIRST_PASSWORD, FIRST_PASSWORD));

        assertThat(outcome).isInstanceOf(ManageAgents.UsernameTaken.class);
        assertThat(logIn("wang.fang", FIRST_PASSWORD)).isInstanceOf(LoginResult.WrongCredentials.class);
    }

    @Test
    void theNewAgentForm_namesEveryFieldToFix_andChecksThePasswordRules() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> CreateAgentCommand.fromForm(supervisor, "", " ", "BOSS", "12345678", "other"))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactlyInAnyOrder(
                                tuple("username", "agent.new.username.required"),
                                tuple("displayName", "agent.new.display-name.required"),
                                tuple("role", "agent.new.role.required"),
                                tuple("password", "password.too-common")));
    }

    @Test
    void aResetPassword_replacesTheOldOne_endsTheOpenSessions_mustBeChanged_andIsAuditedWithItsReason() {
        Session open = sessionAfter(logIn("wang.fang", "console-pass-2025"));

        useCases.manageAgents().resetPassword(ResetAgentPasswordCommand.fromForm(supervisor, agent,
                FIRST_PASSWORD, FIRST_PASSWORD, REASON));

        assertThat(hexmall.resumeSession.resume(Optional.of(open.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(logIn("wang.fang", "console-pass-2025")).isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(sessionAfter(logIn("wang.fang", FIRST_PASSWORD)).principal())
                .isEqualTo(new Principal.Agent(agent, AgentRole.AGENT));
        assertThat(useCases.viewSignedInAgent().view(agent).orElseThrow().mustChangePassword()).isTrue();
        assertThat(auditLog()).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AgentAction.RESET_AGENT_PASSWORD);
            assertThat(entry.reason()).isEqualTo(REASON);
            assertThat(entry.subject()).isEqualTo("wang.fang").doesNotContain(FIRST_PASSWORD);
        });
    }

    @Test
    void anAgentLockedOutByWrongPasswords_isShownLockedUntilTheLockEnds_andAResetPasswordLiftsTheLock() {
        LoginResult locked = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            locked = logIn("wang.fang", "console-pass-2024");
        }
        Instant until = ((LoginResult.Locked) locked).retryAfter();

        assertThat(profileOf("wang.fang").lockedUntil()).isEqualTo(until);
        assertThat(profileOf("zhang.wei").locked()).isFalse();

        useCases.manageAgents().resetPassword(ResetAgentPasswordCommand.fromForm(supervisor, agent,
                FIRST_PASSWORD, FIRST_PASSWORD, REASON));

        assertThat(profileOf("wang.fang").locked()).isFalse();
        assertThat(sessionAfter(logIn("wang.fang", FIRST_PASSWORD)).principal())
                .isEqualTo(new Principal.Agent(agent, AgentRole.AGENT));
    }

    @Test
    void aDisabledAgent_cannotLogIn_andTheirOpenSessionsEndAtOnce_untilEnabledAgain() {
        Session open = sessionAfter(logIn("wang.fang", "console-pass-2025"));

        ManageAgents.Outcome disabled = useCases.manageAgents().disable(
                AgentStatusCommand.fromForm(supervisor, agent, "Left the team"));

        assertThat(disabled).isEqualTo(new ManageAgents.Done(agent));
        assertThat(hexmall.resumeSession.resume(Optional.of(open.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(logIn("wang.fang", "console-pass-2025")).isInstanceOf(LoginResult.Frozen.class);
        assertThat(logIn("wang.fang", "wrong-password-1")).isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(useCases.viewSignedInAgent().view(agent)).isEmpty();

        useCases.manageAgents().enable(AgentStatusCommand.fromForm(supervisor, agent, "Back from leave"));

        assertThat(sessionAfter(logIn("wang.fang", "console-pass-2025")).principal())
                .isEqualTo(new Principal.Agent(agent, AgentRole.AGENT));
        assertThat(auditLog()).extracting(AuditRecord::action)
                .startsWith(AgentAction.ENABLE_AGENT, AgentAction.DISABLE_AGENT);
    }

    @Test
    void disablingTwice_orEnablingAnEnabledAgent_changesNothingAndAuditsNothing() {
        useCases.manageAgents().disable(AgentStatusCommand.fromForm(supervisor, agent, "Left the team"));

        assertThat(useCases.manageAgents().disable(AgentStatusCommand.fromForm(supervisor, agent, "Again")))
                .isInstanceOf(ManageAgents.Unchanged.class);
        assertThat(useCases.manageAgents().enable(AgentStatusCommand.fromForm(supervisor, supervisor, "Odd")))
                .isInstanceOf(ManageAgents.Unchanged.class);
        assertThat(auditLog()).hasSize(1);
    }

    @Test
    void aSupervisor_cannotDisableThemselves() {
        ManageAgents.Outcome outcome = useCases.manageAgents().disable(
                AgentStatusCommand.fromForm(supervisor, supervisor, "Going on holiday"));

        assertThat(outcome).isInstanceOf(ManageAgents.NotYourself.class);
        assertThat(useCases.viewSignedInAgent().view(supervisor)).isPresent();
        assertThat(auditLog()).isEmpty();
    }

    @Test
    void aPlainAgent_isRefusedEveryAgentManagementAction_andNothingChanges() {
        ManageAgents manage = useCases.manageAgents();
        AgentId colleague = hexmall.registeredAgent("zhao.lei");

        List<Runnable> attempts = List.of(
                () -> manage.list(agent),
                () -> manage.create(CreateAgentCommand.fromForm(agent, "li.na", "李娜", "SUPERVISOR",
                        FIRST_PASSWORD, FIRST_PASSWORD)),
                () -> manage.resetPassword(ResetAgentPasswordCommand.fromForm(agent, colleague, FIRST_PASSWORD,
                        FIRST_PASSWORD, REASON)),
                () -> manage.disable(AgentStatusCommand.fromForm(agent, colleague, "No reason")),
                () -> manage.disable(AgentStatusCommand.fromForm(agent, agent, "No reason")),
                () -> manage.enable(AgentStatusCommand.fromForm(agent, colleague, "No reason")));
        for (Runnable attempt : attempts) {
            assertThatExceptionOfType(ActionNotPermittedException.class).isThrownBy(attempt::run)
                    .satisfies(refused -> assertThat(refused.action()).isEqualTo(ConsoleAction.MANAGE_AGENTS));
        }

        assertThat(logIn("li.na", FIRST_PASSWORD)).isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(logIn("zhao.lei", FIRST_PASSWORD)).isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(useCases.viewSignedInAgent().view(colleague)).isPresent();
        assertThat(auditLog()).isEmpty();
    }

    @Test
    void aDisabledSupervisor_isRefusedToo() {
        AgentId other = hexmall.registeredSupervisor("liu.yang");
        useCases.manageAgents().disable(AgentStatusCommand.fromForm(supervisor, other, "Left the team"));

        assertThatExceptionOfType(ActionNotPermittedException.class)
                .isThrownBy(() -> useCases.manageAgents().enable(
                        AgentStatusCommand.fromForm(other, other, "Let me back in")));
    }

    private AgentId created(String username, AgentRole role) {
        ManageAgents.Outcome outcome = useCases.manageAgents().create(CreateAgentCommand.fromForm(supervisor,
                username, "李娜", role.name(), FIRST_PASSWORD, FIRST_PASSWORD));
        return ((ManageAgents.Done) outcome).agent();
    }

    private AgentProfile profileOf(String username) {
        return useCases.manageAgents().list(supervisor).stream()
                .filter(profile -> profile.username().equals(username)).findFirst().orElseThrow();
    }

    private LoginResult logIn(String username, String password) {
        return hexmall.logInAgent.logIn(AgentLoginCommand.fromForm(username, password, null,
                hexmall.newVisitor().id()));
    }

    private List<AuditRecord> auditLog() {
        return useCases.searchAuditLog().search(supervisor, AuditLogQuery.EVERYTHING, 1).entries();
    }
}
