package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.session.LoginResult.Locked;
import org.hexmall.application.port.in.session.LoginResult.SignedIn;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.junit.jupiter.api.Test;

class LogInAgentTest {

    private static final String USERNAME = "wang.fang";
    private static final String PASSWORD = "console-pass-2025";

    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final AgentId agent = hexmall.registerAgent.register(new RegisterAgentCommand(
            AgentUsername.parse(USERNAME), "王芳", AgentRole.SUPERVISOR, new PlainPassword(PASSWORD))).orElseThrow();
    private final Session visitor = hexmall.newVisitor();

    @Test
    void anAgentWithTheRightPassword_signsInWithTheirRole() {
        Session console = sessionAfter(logIn(USERNAME, PASSWORD));

        assertThat(console.principal()).isEqualTo(new Principal.Agent(agent, AgentRole.SUPERVISOR));
    }

    @Test
    void anAgentSigningIn_movesToANewSessionAndTheOldIdOpensNothing() {
        Session console = sessionAfter(logIn(USERNAME, PASSWORD));

        assertThat(console.id()).isNotEqualTo(visitor.id());
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void theUsernameTypedInCapitals_stillSignsTheAgentIn() {
        assertThat(logIn(" Wang.Fang ", PASSWORD)).isInstanceOf(SignedIn.class);
    }

    @Test
    void aWrongPassword_isRefused() {
        assertThat(logIn(USERNAME, "console-pass-2024")).isInstanceOf(WrongCredentials.class);
    }

    @Test
    void anUnknownUsername_getsExactlyTheAnswerAWrongPasswordGets() {
        assertThat(logIn("li.na", PASSWORD)).isEqualTo(logIn(USERNAME, "console-pass-2024"));
    }

    @Test
    void anUnknownUsername_isLockedAfterFiveWrongPasswordsExactlyAsAnAgentsIs() {
        List<LoginResult> known = new ArrayList<>();
        List<LoginResult> unknown = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            known.add(logIn(USERNAME, "console-pass-2024"));
            unknown.add(logIn("li.na", "console-pass-2024"));
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(unknown.getLast()).isInstanceOf(Locked.class);
        assertThat(logIn(" LI.NA ", PASSWORD)).isEqualTo(unknown.getLast());
    }

    @Test
    void aCustomersPhoneOrEmailAndPassword_neverOpenTheConsole() {
        hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷", "tea-4two-pots");

        assertThat(logIn("13800138000", "tea-4two-pots")).isInstanceOf(WrongCredentials.class);
        assertThat(logIn("li.lei@example.com", "tea-4two-pots")).isInstanceOf(WrongCredentials.class);
    }

    @Test
    void anAgentsCredentials_neverLogInAsACustomer() {
        assertThat(hexmall.logIn(USERNAME, PASSWORD, visitor)).isInstanceOf(WrongCredentials.class);
    }

    @Test
    void givenFourWrongPasswords_fifthLocksTheAgentOutForFifteenMinutes() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(logIn(USERNAME, "console-pass-2024")).isInstanceOf(WrongCredentials.class);
        }

        assertThat(logIn(USERNAME, "console-pass-2024"))
                .isEqualTo(new Locked(InMemoryHexmall.OPENING_TIME.plus(Duration.ofMinutes(15))));
    }

    @Test
    void givenALockedAgent_theRightPasswordIsRefusedUntilTheLockEndsAndAcceptedAfter() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            logIn(USERNAME, "console-pass-2024");
        }
        hexmall.clock.advance(Duration.ofMinutes(14));
        assertThat(logIn(USERNAME, PASSWORD)).isInstanceOf(Locked.class);

        hexmall.clock.advance(Duration.ofMinutes(1));

        assertThat(logIn(USERNAME, PASSWORD)).isInstanceOf(SignedIn.class);
    }

    private LoginResult logIn(String username, String password) {
        return hexmall.logInAgent.logIn(AgentLoginCommand.fromForm(username, password, visitor.id()));
    }
}
