package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.session.LoginResult.Locked;
import org.hexmall.application.port.in.session.LoginResult.SignedIn;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.domain.security.AddressThrottlePolicy;
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
    private static final String OFFICE = "203.0.113.9";
    private static final String STUFFER = "198.51.100.66";
    private static final int ADDRESS_LIMIT = AddressThrottlePolicy.STANDARD.maxFailures();

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

    @Test
    void wrongPasswordsForManyUsernamesFromOneAddress_lockThatAddress_withTheAnswerOfALockedLogin() {
        LoginResult last = null;
        for (int attempt = 0; attempt < ADDRESS_LIMIT; attempt++) {
            // One try per username, the agent's among them: no login's own lock is reached.
            String username = attempt == 1 ? USERNAME : otherUsername(attempt);
            last = logIn(username, "guess-" + attempt, STUFFER);
            if (attempt < ADDRESS_LIMIT - 1) {
                assertThat(last).as("attempt %d", attempt + 1).isEqualTo(new WrongCredentials());
            }
        }

        assertThat(last).isInstanceOf(Locked.class);
        assertThat(logIn("li.na", "another-guess", STUFFER))
                .as("an unknown username from the locked address").isEqualTo(last);
        assertThat(logIn(USERNAME, PASSWORD, STUFFER))
                .as("the agent's right password from the locked address").isEqualTo(last);
        assertThat(logIn(USERNAME, PASSWORD, OFFICE)).isInstanceOf(SignedIn.class);
    }

    @Test
    void customersWrongPasswordsFromAnAddress_countAgainstTheConsoleLoginFromItToo() {
        for (int attempt = 0; attempt < ADDRESS_LIMIT - 1; attempt++) {
            String phone = "1370013" + String.format(Locale.ROOT, "%04d", attempt);
            hexmall.logInCustomer.logIn(CustomerLoginCommand.fromForm(phone, "guess", STUFFER,
                    hexmall.newVisitor().id()));
        }

        assertThat(logIn(otherUsername(99), "guess", STUFFER)).isInstanceOf(Locked.class);
    }

    @Test
    void theAddressLock_endsAfterItsTime() {
        for (int attempt = 0; attempt < ADDRESS_LIMIT; attempt++) {
            logIn(otherUsername(attempt), "guess", STUFFER);
        }
        hexmall.clock.advance(AddressThrottlePolicy.STANDARD.lockDuration());

        assertThat(logIn(USERNAME, PASSWORD, STUFFER)).isInstanceOf(SignedIn.class);
    }

    private static String otherUsername(int attempt) {
        return "agent.guess" + attempt;
    }

    private LoginResult logIn(String username, String password, String address) {
        return hexmall.logInAgent.logIn(AgentLoginCommand.fromForm(username, password, address, visitor.id()));
    }

    private LoginResult logIn(String username, String password) {
        return logIn(username, password, OFFICE);
    }
}
