package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.LoginDevice;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.risk.AlertQuery;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.junit.jupiter.api.Test;

/**
 * The risk rules before a login opens a session: a login from a region none of the latest logins came from takes the
 * new device's code even on a trusted device, and one from an address many logins failed from is held.
 */
class LoginRiskTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "203.0.113.20";
    private static final String STUFFER = "198.51.100.66";

    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);

    @Test
    void aLoginFromAnotherRegion_onATrustedDevice_asksForTheCode_andTheRightCodeSignsIn() {
        sessionAfter(logIn(HOME, hexmall.newVisitor()));
        Session visitor = hexmall.newVisitor();

        LoginResult result = logIn(ELSEWHERE, visitor);

        assertThat(result).isEqualTo(new LoginResult.NewDeviceCodeRequired("138****8000", true));
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(loginAlert().rules()).containsExactly(RiskRule.REGION_CHANGE);
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.VERIFICATION_ASKED);

        NewDeviceResult entered = enter(hexmall.codeSentTo(PHONE), visitor);

        assertThat(((NewDeviceResult.SignedIn) entered).session().principal())
                .isEqualTo(new Principal.Customer(customer));
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.VERIFIED);
        assertThat(recentLogins()).containsExactly(LoginOutcome.SUCCEEDED, LoginOutcome.CODE_REQUIRED,
                LoginOutcome.SUCCEEDED);
    }

    @Test
    void wrongCodesUntilTheCodeIsUsedUp_recordTheVerificationAsFailed() {
        sessionAfter(logIn(HOME, hexmall.newVisitor()));
        Session visitor = hexmall.newVisitor();
        logIn(ELSEWHERE, visitor);
        String wrong = hexmall.codeSentTo(PHONE).equals("000000") ? "111111" : "000000";

        NewDeviceResult entered;
        int tries = 0;
        do {
            entered = enter(wrong, visitor);
            tries++;
        } while (entered instanceof NewDeviceResult.WrongCode && tries < 20);

        assertThat(entered).isInstanceOf(NewDeviceResult.StartAgain.class);
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.VERIFICATION_FAILED);
    }

    @Test
    void aLoginFromTheUsualRegion_onATrustedDevice_signsInAtOnce_withoutAnAlert() {
        sessionAfter(logIn(HOME, hexmall.newVisitor()));

        assertThat(logIn("192.0.2.11", hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(hexmall.countOpenRiskAlerts.count()).isZero();
    }

    @Test
    void theRightPassword_fromAnAddressManyLoginsFailedFromAcrossAccounts_isHeld_withoutASession() {
        sessionAfter(logIn(HOME, hexmall.newVisitor()));
        CustomerId other = hexmall.registeredCustomer("13900139000", null, "韩梅梅", "other-4two-pots");
        CustomerId third = hexmall.registeredCustomer("13700137000", null, "王芳", "third-4two-pots");
        for (int failure = 0; failure < 10; failure++) {
            hexmall.storage.loginHistory().record(new LoginRecord(failure % 2 == 0 ? third : other,
                    hexmall.clock.instant(), LoginOutcome.WRONG_PASSWORD, STUFFER));
        }
        Session visitor = hexmall.newVisitor();

        LoginResult result = logIn(STUFFER, visitor);

        assertThat(result).isEqualTo(new LoginResult.HeldForReview());
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(loginAlert().decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.REFUSED);
        assertThat(recentLogins().getFirst()).isEqualTo(LoginOutcome.REFUSED_RISK);
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).isEmpty();
    }

    @Test
    void theCustomersOwnWrongPasswords_leaveTheRightOneToTheLoginLock_notToTheRiskRules() {
        sessionAfter(logIn(HOME, hexmall.newVisitor()));
        for (int failure = 0; failure < 10; failure++) {
            hexmall.storage.loginHistory().record(new LoginRecord(customer, hexmall.clock.instant(),
                    LoginOutcome.WRONG_PASSWORD, HOME));
        }

        assertThat(logIn(HOME, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(hexmall.countOpenRiskAlerts.count()).isZero();
    }

    @Test
    void anApiLoginTheRulesStepUp_isHeld_forItCannotTakeACode() {
        sessionAfter(logIn(HOME, hexmall.newVisitor()));

        LoginResult result = hexmall.logInCustomer.logIn(CustomerLoginCommand.fromForm(PHONE, PASSWORD, ELSEWHERE,
                hexmall.newVisitor().id()));

        assertThat(result).isEqualTo(new LoginResult.HeldForReview());
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.REFUSED);
    }

    private LoginResult logIn(String address, Session from) {
        return hexmall.logInCustomer.logIn(CustomerLoginCommand.fromForm(PHONE, PASSWORD, address, from.id(),
                Optional.of(new LoginDevice(NewDeviceLoginTest.LAPTOP, NewDeviceLoginTest.CHROME_ON_WINDOWS))));
    }

    private NewDeviceResult enter(String code, Session visitor) {
        return hexmall.verifyNewDevice.verify(NewDeviceCodeCommand.fromForm(NewDeviceLoginTest.LAPTOP, code, false,
                visitor.id(), ELSEWHERE));
    }

    private RiskAlert loginAlert() {
        return hexmall.listRiskAlerts.list(AlertQuery.of(null, null, null, null)).items().getFirst();
    }

    private List<LoginOutcome> recentLogins() {
        return hexmall.viewCustomerDetails.view(customer).orElseThrow().recentLogins().stream()
                .map(LoginRecord::outcome).toList();
    }
}
