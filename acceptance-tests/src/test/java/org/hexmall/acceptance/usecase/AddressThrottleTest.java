package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.AddressThrottlePolicy;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Credential stuffing: one machine tries stolen passwords against many accounts, never enough against any one of
 * them to lock it. The client address it comes from is throttled across every login typed there.
 */
class AddressThrottleTest {

    private static final String STUFFER = "198.51.100.66";
    private static final String HOME = "203.0.113.7";
    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final int LIMIT = AddressThrottlePolicy.STANDARD.maxFailures();

    /**
     * The throttle alone: the risk rules, which count the same failures from an address over their own window and
     * hold a right password typed there ({@code RiskRulesTest}), are off.
     */
    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.withRiskRules(RiskSettings.defaults().withEnabled(false));

    AddressThrottleTest() {
        hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);
        hexmall.registeredCustomer("13900139000", null, "韩梅梅", "milk-3tea-cups");
    }

    @Test
    void wrongPasswordsForManyAccountsFromOneAddress_lockThatAddress_withTheAnswerOfALockedLogin() {
        LoginResult last = null;
        for (int attempt = 0; attempt < LIMIT; attempt++) {
            // A different login each time, registered or not, one try each: no account's own lock is reached.
            String login = attempt == 1 ? "13900139000" : unknownLogin(attempt);
            last = logIn(login, "guess-" + attempt, STUFFER);
            if (attempt < LIMIT - 1) {
                assertThat(last).as("attempt %d", attempt + 1).isEqualTo(new LoginResult.WrongCredentials());
            }
            if (attempt % 4 == 3) {
                hexmall.clock.advance(Duration.ofMinutes(1));
            }
        }

        assertThat(last).isInstanceOf(LoginResult.Locked.class);
        assertThat(logIn("13700130999", "another-guess", STUFFER)).isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void aLockedAddress_refusesEvenTheRightPassword_butTheCustomerAtAnotherAddressLogsIn() {
        lockOut(STUFFER);

        assertThat(logIn(PHONE, PASSWORD, STUFFER)).isInstanceOf(LoginResult.Locked.class);
        assertThat(logIn(PHONE, PASSWORD, HOME)).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void theAddressLock_endsAfterItsTime() {
        lockOut(STUFFER);
        hexmall.clock.advance(AddressThrottlePolicy.STANDARD.lockDuration());

        assertThat(logIn(PHONE, PASSWORD, STUFFER)).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aSuccessFromTheAddress_doesNotWipeItsCount() {
        for (int attempt = 0; attempt < LIMIT - 1; attempt++) {
            logIn(unknownLogin(attempt), "guess", STUFFER);
        }
        assertThat(logIn(PHONE, PASSWORD, STUFFER)).isInstanceOf(LoginResult.SignedIn.class);

        assertThat(logIn("13700139998", "guess", STUFFER)).isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void aQuietAddress_isForgivenAfterAnHour() {
        for (int attempt = 0; attempt < LIMIT - 1; attempt++) {
            logIn(unknownLogin(attempt), "guess", STUFFER);
        }
        hexmall.clock.advance(AddressThrottlePolicy.STANDARD.memory().plusMinutes(1));
        hexmall.forgetExpiredLoginThrottles.forget();

        assertThat(logIn("13700139998", "guess", STUFFER)).isEqualTo(new LoginResult.WrongCredentials());
    }

    private void lockOut(String address) {
        for (int attempt = 0; attempt < LIMIT; attempt++) {
            logIn(unknownLogin(attempt), "guess", address);
        }
    }

    private static String unknownLogin(int attempt) {
        return "1370013" + String.format(Locale.ROOT, "%04d", attempt);
    }

    private LoginResult logIn(String login, String password, String address) {
        return hexmall.logInCustomer.logIn(
                CustomerLoginCommand.fromForm(login, password, address, hexmall.newVisitor().id()));
    }
}
