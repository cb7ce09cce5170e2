package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.time.Duration;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.in.account.LoginDevice;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.PasswordResetResult;
import org.hexmall.application.port.in.account.RequestPasswordResetCommand;
import org.hexmall.application.port.in.account.ResendNewDeviceCode.Resent;
import org.hexmall.application.port.in.account.ResetPasswordCommand;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.shared.Language;
import org.hexmall.simulator.sms.SmsMessage;
import org.junit.jupiter.api.Test;

/** Logging in from a device the account does not trust: a code to the phone first, then the session. */
class NewDeviceLoginTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    static final String LAPTOP = "laptop-device-cookie-0123456789abcdef";
    static final String PHONE_BROWSER = "phone-device-cookie-0123456789abcdef";
    static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    static final String CHROME_ON_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);

    @Test
    void theFirstDeviceOfAnAccount_isTrustedWithoutACode() {
        LoginResult result = logInOn(LAPTOP, CHROME_ON_WINDOWS, hexmall.newVisitor());

        assertThat(sessionAfter(result).principal()).isEqualTo(new Principal.Customer(customer));
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).isEmpty();
        assertThat(hexmall.listDevices.list(customer, Optional.of(LAPTOP))).singleElement().satisfies(device -> {
            assertThat(device.trusted()).isTrue();
            assertThat(device.thisDevice()).isTrue();
            assertThat(device.name()).hasToString("Chrome on Windows");
            assertThat(device.lastClientAddress()).isEqualTo(InMemoryHexmall.CLIENT_ADDRESS);
        });
    }

    @Test
    void aTrustedDevice_logsInAgainWithoutACode() {
        sessionAfter(logInOn(LAPTOP, CHROME_ON_WINDOWS, hexmall.newVisitor()));
        hexmall.clock.advance(Duration.ofDays(3));

        assertThat(logInOn(LAPTOP, CHROME_ON_WINDOWS, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void anotherDevice_getsNoSessionYet_butACodeToTheAccountsPhone() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();

        LoginResult result = logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);

        assertThat(result).isEqualTo(new LoginResult.NewDeviceCodeRequired("138****8000", true));
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(hexmall.codeSentTo(PHONE)).hasSize(6);
        assertThat(hexmall.findNewDeviceLogin.waitingOn(PHONE_BROWSER))
                .contains(new FindNewDeviceLogin.WaitingLogin("138****8000", true));
        assertThat(hexmall.findNewDeviceLogin.waitingOn(LAPTOP)).isEmpty();
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().recentLogins())
                .extracting(LoginRecord::outcome).containsExactly(LoginOutcome.CODE_REQUIRED, LoginOutcome.SUCCEEDED);
    }

    @Test
    void theRightCode_signsInOnANewSessionId_andThePhoneIsToldOfTheNewLogin() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);

        NewDeviceResult result = enter(hexmall.codeSentTo(PHONE), false, visitor);

        Session signedIn = ((NewDeviceResult.SignedIn) result).session();
        assertThat(signedIn.principal()).isEqualTo(new Principal.Customer(customer));
        assertThat(signedIn.id()).isNotEqualTo(visitor.id());
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().recentLogins())
                .extracting(LoginRecord::outcome)
                .containsExactly(LoginOutcome.SUCCEEDED, LoginOutcome.CODE_REQUIRED, LoginOutcome.SUCCEEDED);
        // 10:00 UTC is 18:00 in the store's zone, Beijing time.
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).first().extracting(SmsMessage::text)
                .asString().startsWith("【hexmall】New login on Chrome on Android at 18:00; not you?");
    }

    @Test
    void theNewLoginNotice_isInTheLanguageTheCustomerReads() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        hexmall.chooseLanguage.choose(visitor.id(), Language.SIMPLIFIED_CHINESE);
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);

        enter(hexmall.codeSentTo(PHONE), false, visitor);

        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE)).getFirst().text())
                .startsWith("【hexmall】您的账户于 18:00 在新设备（Android 上的 Chrome）登录。");
    }

    @Test
    void aDeviceTrustedWithTheTick_needsNoCodeNextTime() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        enter(hexmall.codeSentTo(PHONE), true, visitor);

        assertThat(logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.SignedIn.class);
        assertThat(hexmall.listDevices.list(customer, Optional.of(PHONE_BROWSER)))
                .filteredOn(device -> device.thisDevice()).singleElement()
                .satisfies(device -> assertThat(device.trusted()).isTrue());
        assertThat(hexmall.storage.securityEvents().newestFirst(customer, 1, 10).items())
                .extracting(SecurityEvent::kind, SecurityEvent::detail).containsExactly(
                        tuple(SecurityEventKind.DEVICE_TRUSTED, "Chrome on Android"),
                        tuple(SecurityEventKind.NEW_DEVICE_VERIFIED, "Chrome on Android"));
    }

    @Test
    void aDeviceVerifiedWithoutTheTick_asksForACodeAgainNextTime() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        enter(hexmall.codeSentTo(PHONE), false, visitor);
        hexmall.clock.advance(Duration.ofMinutes(2));

        assertThat(logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.NewDeviceCodeRequired.class);
    }

    @Test
    void wrongCodes_count_andTheFifthOneMeansStartingAgain() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        String rightCode = hexmall.codeSentTo(PHONE);
        String wrongCode = rightCode.equals("000000") ? "111111" : "000000";

        for (int left = 4; left >= 1; left--) {
            assertThat(enter(wrongCode, false, visitor)).isEqualTo(new NewDeviceResult.WrongCode(left));
        }
        assertThat(enter(wrongCode, false, visitor)).isEqualTo(new NewDeviceResult.StartAgain());

        assertThat(enter(rightCode, false, visitor)).isEqualTo(new NewDeviceResult.StartAgain());
        assertThat(hexmall.findNewDeviceLogin.waitingOn(PHONE_BROWSER)).isEmpty();
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void startingAgainWithThePassword_sendsAFreshCodeThatWorks() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        String firstCode = hexmall.codeSentTo(PHONE);
        String wrongCode = firstCode.equals("000000") ? "111111" : "000000";
        for (int entry = 0; entry < 5; entry++) {
            enter(wrongCode, false, visitor);
        }
        hexmall.clock.advance(Duration.ofSeconds(61));

        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);

        assertThat(enter(hexmall.codeSentTo(PHONE), false, visitor)).isInstanceOf(NewDeviceResult.SignedIn.class);
    }

    @Test
    void aCodeOlderThanFiveMinutes_meansStartingAgain() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        String code = hexmall.codeSentTo(PHONE);
        hexmall.clock.advance(Duration.ofMinutes(5));

        assertThat(enter(code, false, visitor)).isEqualTo(new NewDeviceResult.StartAgain());
    }

    @Test
    void theWaitForACode_endsAfterTenMinutes_evenWithFreshCodes() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        hexmall.clock.advance(Duration.ofMinutes(9));
        assertThat(hexmall.resendNewDeviceCode.resend(PHONE_BROWSER, Language.ENGLISH)).isInstanceOf(Resent.Sent.class);
        String code = hexmall.codeSentTo(PHONE);
        hexmall.clock.advance(Duration.ofMinutes(1));

        assertThat(enter(code, false, visitor)).isEqualTo(new NewDeviceResult.StartAgain());
        assertThat(hexmall.resendNewDeviceCode.resend(PHONE_BROWSER, Language.ENGLISH))
                .isEqualTo(new Resent.StartAgain());
    }

    @Test
    void aLoginWhileThePhoneMayNotTakeACodeYet_saysNoneWasSent_untilTheCustomerAsksForOneAMinuteLater() {
        trustTheLaptop();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, hexmall.newVisitor());
        String tablet = "tablet-device-cookie-0123456789abcdef";
        hexmall.clock.advance(Duration.ofSeconds(20));

        assertThat(logInOn(tablet, CHROME_ON_ANDROID, hexmall.newVisitor()))
                .isEqualTo(new LoginResult.NewDeviceCodeRequired("138****8000", false));
        assertThat(hexmall.findNewDeviceLogin.waitingOn(tablet))
                .contains(new FindNewDeviceLogin.WaitingLogin("138****8000", false));
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).as("only the first device's code").hasSize(1);
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().recentLogins())
                .extracting(LoginRecord::outcome).as("the history says which login's code went and which one's did not")
                .containsExactly(LoginOutcome.CODE_NOT_SENT, LoginOutcome.CODE_REQUIRED, LoginOutcome.SUCCEEDED);

        hexmall.clock.advance(Duration.ofSeconds(40));
        assertThat(hexmall.resendNewDeviceCode.resend(tablet, Language.ENGLISH)).isInstanceOf(Resent.Sent.class);
        assertThat(hexmall.findNewDeviceLogin.waitingOn(tablet))
                .contains(new FindNewDeviceLogin.WaitingLogin("138****8000", true));
    }

    @Test
    void anotherCode_isSentOnlyAfterTheResendWait_andReplacesTheFirst() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        String firstCode = hexmall.codeSentTo(PHONE);

        assertThat(hexmall.resendNewDeviceCode.resend(PHONE_BROWSER, Language.ENGLISH))
                .isInstanceOf(Resent.TooSoon.class);
        hexmall.clock.advance(Duration.ofSeconds(60));
        assertThat(hexmall.resendNewDeviceCode.resend(PHONE_BROWSER, Language.ENGLISH)).isInstanceOf(Resent.Sent.class);
        String secondCode = hexmall.codeSentTo(PHONE);

        if (!secondCode.equals(firstCode)) {
            assertThat(enter(firstCode, false, visitor)).isInstanceOf(NewDeviceResult.WrongCode.class);
        }
        assertThat(enter(secondCode, false, visitor)).isInstanceOf(NewDeviceResult.SignedIn.class);
    }

    @Test
    void aCodeFromAnotherBrowser_doesNotFinishThisOnesLogin() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);

        NewDeviceResult fromElsewhere = hexmall.verifyNewDevice.verify(NewDeviceCodeCommand.fromForm(
                "some-other-browser-cookie-0123456789", hexmall.codeSentTo(PHONE), true, hexmall.newVisitor().id(),
                InMemoryHexmall.CLIENT_ADDRESS));

        assertThat(fromElsewhere).isEqualTo(new NewDeviceResult.StartAgain());
    }

    @Test
    void aWrongPasswordOnANewDevice_sendsNoCode() {
        trustTheLaptop();

        LoginResult result = hexmall.logInCustomer.logIn(CustomerLoginCommand.fromForm(PHONE, "not-the-password",
                InMemoryHexmall.CLIENT_ADDRESS, hexmall.newVisitor().id(),
                Optional.of(new LoginDevice(PHONE_BROWSER, CHROME_ON_ANDROID))));

        assertThat(result).isEqualTo(new LoginResult.WrongCredentials());
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).isEmpty();
    }

    @Test
    void aDeviceTrustedUnderAFreshToken_isKnownByThatTokenAlone_notByTheOneItBrought() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        String fresh = "fresh-device-token-0123456789abcdefghijkl";

        NewDeviceResult result = hexmall.verifyNewDevice.verify(NewDeviceCodeCommand.fromForm(PHONE_BROWSER,
                hexmall.codeSentTo(PHONE), true, visitor.id(), InMemoryHexmall.CLIENT_ADDRESS, Optional.of(fresh)));

        assertThat(result).isInstanceOf(NewDeviceResult.SignedIn.class);
        assertThat(logInOn(fresh, CHROME_ON_ANDROID, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
        hexmall.clock.advance(Duration.ofSeconds(61));
        assertThat(logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, hexmall.newVisitor())).as("the token it brought")
                .isInstanceOf(LoginResult.NewDeviceCodeRequired.class);
    }

    @Test
    void aNewPassword_endsALoginStillWaitingForItsCode_asItWasBegunWithThePasswordBefore() {
        trustTheLaptop();
        Session visitor = hexmall.newVisitor();
        logInOn(PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        String code = hexmall.codeSentTo(PHONE);
        hexmall.clock.advance(Duration.ofSeconds(61));
        hexmall.requestPasswordReset.requestCode(RequestPasswordResetCommand.fromForm(PHONE, Language.ENGLISH));
        String newPassword = "green-tea-9cups";
        assertThat(hexmall.resetPassword.reset(ResetPasswordCommand.fromForm(PHONE, hexmall.codeSentTo(PHONE),
                newPassword, newPassword, InMemoryHexmall.CLIENT_ADDRESS)))
                .isInstanceOf(PasswordResetResult.Changed.class);

        assertThat(enter(code, true, visitor)).isInstanceOf(NewDeviceResult.StartAgain.class);
        assertThat(hexmall.findNewDeviceLogin.waitingOn(PHONE_BROWSER)).isEmpty();
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
    }

    private void trustTheLaptop() {
        sessionAfter(logInOn(LAPTOP, CHROME_ON_WINDOWS, hexmall.newVisitor()));
    }

    private LoginResult logInOn(String deviceToken, String userAgent, Session from) {
        return logInOn(hexmall, PHONE, PASSWORD, deviceToken, userAgent, from);
    }

    static LoginResult logInOn(InMemoryHexmall hexmall, String phone, String password, String deviceToken,
                               String userAgent, Session from) {
        return hexmall.logInCustomer.logIn(CustomerLoginCommand.fromForm(phone, password,
                InMemoryHexmall.CLIENT_ADDRESS, from.id(), Optional.of(new LoginDevice(deviceToken, userAgent))));
    }

    private NewDeviceResult enter(String code, boolean trust, Session visitor) {
        return hexmall.verifyNewDevice.verify(NewDeviceCodeCommand.fromForm(PHONE_BROWSER, code, trust, visitor.id(),
                InMemoryHexmall.CLIENT_ADDRESS));
    }
}
