package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.codeSentFor;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.PasswordResetResult.Changed;
import org.hexmall.application.port.in.account.PasswordResetResult.CodeExpired;
import org.hexmall.application.port.in.account.PasswordResetResult.CodeUsedUp;
import org.hexmall.application.port.in.account.PasswordResetResult.WrongCode;
import org.hexmall.application.port.in.account.PasswordResetResult;
import org.hexmall.application.port.in.account.RequestPasswordResetCommand;
import org.hexmall.application.port.in.account.ResetPasswordCommand;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.wallet.CodeConfirmation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * "Forgot password": a code by SMS to the account's phone, then a new password. Only a number with an account gets a
 * code, though every number is answered alike; the right code replaces the password, ends every session and clears
 * the login lock.
 */
class ResetPasswordTest {

    private static final String PHONE = "13800138000";
    private static final String OLD_PASSWORD = "tea-4two-pots";
    private static final String NEW_PASSWORD = "green-tea-9cups";
    private static final String NOBODYS_PHONE = "13900139000";
    /** Long enough for the code policy to allow another code to the same phone. */
    private static final Duration RESEND_WAIT = Duration.ofSeconds(61);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", OLD_PASSWORD);

    @Test
    void aNumberWithAnAccount_isTextedACode_andANumberWithoutOneIsTextedNothing() {
        askForCode(PHONE);
        askForCode(NOBODYS_PHONE);

        assertThat(hexmall.sms.latestCodeFor(PhoneNumber.parse(PHONE))).isPresent();
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(NOBODYS_PHONE))).isEmpty();
    }

    @Test
    void askingAgainWithinAMinute_sendsNoSecondCode() {
        askForCode(PHONE);
        askForCode(PHONE);

        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).hasSize(1);
    }

    @Test
    void theRightCode_replacesThePassword_theOldOneNoLongerWorksAndTheNewOneDoes() {
        askForCode(PHONE);

        assertThat(reset(PHONE, hexmall.codeSentTo(PHONE), NEW_PASSWORD)).isInstanceOf(Changed.class);

        assertThat(hexmall.logIn(PHONE, OLD_PASSWORD, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(hexmall.logIn(PHONE, NEW_PASSWORD, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void theRightCode_endsEverySessionTheCustomerHadOpen() {
        Session onThePhone = InMemoryHexmall.sessionAfter(hexmall.logIn(PHONE, OLD_PASSWORD, hexmall.newVisitor()));
        Session onTheLaptop = InMemoryHexmall.sessionAfter(
                hexmall.logIn("li.lei@example.com", OLD_PASSWORD, hexmall.newVisitor()));
        askForCode(PHONE);

        reset(PHONE, hexmall.codeSentTo(PHONE), NEW_PASSWORD);

        for (Session before : new Session[] {onThePhone, onTheLaptop}) {
            Session after = hexmall.resumeSession.resume(Optional.of(before.id()));
            assertThat(after.principal()).isInstanceOf(Principal.Anonymous.class);
        }
    }

    @Test
    void theRightCode_clearsALoginLockSoThatTheNewPasswordWorksAtOnce() {
        hexmall.lockOut(PHONE);
        askForCode(PHONE);

        reset(PHONE, hexmall.codeSentTo(PHONE), NEW_PASSWORD);

        assertThat(hexmall.logIn(PHONE, NEW_PASSWORD, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aFrozenAccount_getsItsNewPasswordButStaysFrozen() {
        hexmall.freeze(customer);
        askForCode(PHONE);

        assertThat(reset(PHONE, hexmall.codeSentTo(PHONE), NEW_PASSWORD)).isInstanceOf(Changed.class);

        assertThat(hexmall.logIn(PHONE, NEW_PASSWORD, hexmall.newVisitor())).isInstanceOf(LoginResult.Frozen.class);
    }

    @Test
    void aWrongCode_saysHowManyTriesAreLeftAndChangesNothing() {
        askForCode(PHONE);
        String code = hexmall.codeSentTo(PHONE);

        assertThat(reset(PHONE, anotherCodeThan(code), NEW_PASSWORD)).isEqualTo(new WrongCode(4));
        assertThat(reset(PHONE, anotherCodeThan(code), NEW_PASSWORD)).isEqualTo(new WrongCode(3));

        assertThat(hexmall.logIn(PHONE, OLD_PASSWORD, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aWrongCodeForANumberWithoutAnAccount_isAnsweredAsForOneWithAnAccount() {
        askForCode(PHONE);
        askForCode(NOBODYS_PHONE);

        for (int left = 4; left >= 1; left--) {
            assertThat(reset(NOBODYS_PHONE, "000000", NEW_PASSWORD)).as("nobody's number")
                    .isEqualTo(reset(PHONE, anotherCodeThan(hexmall.codeSentTo(PHONE)), NEW_PASSWORD))
                    .isEqualTo(new WrongCode(left));
        }
        assertThat(reset(NOBODYS_PHONE, "000000", NEW_PASSWORD)).isInstanceOf(CodeUsedUp.class);
        assertThat(reset(PHONE, anotherCodeThan(hexmall.codeSentTo(PHONE)), NEW_PASSWORD))
                .isInstanceOf(CodeUsedUp.class);
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(NOBODYS_PHONE))).as("texted to nobody's number").isEmpty();
    }

    @Test
    void fiveWrongCodes_useTheCodeUpSoThatEvenTheRightOneIsRefused() {
        askForCode(PHONE);
        String code = hexmall.codeSentTo(PHONE);
        for (int entry = 1; entry <= 4; entry++) {
            reset(PHONE, anotherCodeThan(code), NEW_PASSWORD);
        }

        assertThat(reset(PHONE, anotherCodeThan(code), NEW_PASSWORD)).isInstanceOf(CodeUsedUp.class);
        assertThat(reset(PHONE, code, NEW_PASSWORD)).isInstanceOf(CodeUsedUp.class);
        assertThat(hexmall.logIn(PHONE, NEW_PASSWORD, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.WrongCredentials.class);
    }

    @Test
    void aCodeFiveMinutesOld_isRefusedAndANewOneWorks() {
        askForCode(PHONE);
        String stale = hexmall.codeSentTo(PHONE);
        hexmall.clock.advance(Duration.ofMinutes(5));

        assertThat(reset(PHONE, stale, NEW_PASSWORD)).isInstanceOf(CodeExpired.class);

        askForCode(PHONE);
        assertThat(reset(PHONE, hexmall.codeSentTo(PHONE), NEW_PASSWORD)).isInstanceOf(Changed.class);
    }

    @Test
    void aCode_changesThePasswordOnceOnly() {
        askForCode(PHONE);
        String code = hexmall.codeSentTo(PHONE);
        reset(PHONE, code, NEW_PASSWORD);

        assertThat(reset(PHONE, code, "another-pass-77")).isInstanceOf(CodeExpired.class);
        assertThat(hexmall.logIn(PHONE, NEW_PASSWORD, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aCodeSentToBindAWallet_neverResetsThePassword() {
        hexmall.startBinding(customer, ALIPAY, "13800000001");
        String bindingCode = hexmall.codeSentTo(PHONE);

        assertThat(reset(PHONE, bindingCode, NEW_PASSWORD)).isInstanceOf(CodeExpired.class);
        assertThat(hexmall.logIn(PHONE, OLD_PASSWORD, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aCodeSentToResetThePassword_neverBindsAWallet() {
        BindingId binding = codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.clock.advance(RESEND_WAIT);
        askForCode(PHONE);
        String resetCode = hexmall.codeSentTo(PHONE);

        assertThat(hexmall.typeCode(customer, binding, resetCode)).isEqualTo(new CodeConfirmation.WrongCode(4));
    }

    @Test
    void theCodeOfOneNumber_neverResetsThePasswordOfAnother() {
        String hanMeimeisPhone = "13900000002";
        hexmall.registeredCustomer(hanMeimeisPhone, "han.meimei@example.com", "韩梅梅", "plum-blossom-3");
        askForCode(hanMeimeisPhone);

        assertThat(reset(PHONE, hexmall.codeSentTo(hanMeimeisPhone), NEW_PASSWORD)).isInstanceOf(CodeExpired.class);
        assertThat(hexmall.logIn(PHONE, OLD_PASSWORD, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aNewPassword_followsThePasswordRulesOfRegistration() {
        assertThat(fieldErrors("123456", "12345678", "12345678"))
                .containsExactly(new FieldError("password", "password.too-common"));
        assertThat(fieldErrors("123456", "short", "short"))
                .containsExactly(new FieldError("password", "password.too-short", List.of(8)));
        assertThat(fieldErrors("123456", NEW_PASSWORD, "something-else"))
                .containsExactly(new FieldError("passwordRepeated", "password.mismatch"));
        assertThat(fieldErrors("12x456", NEW_PASSWORD, NEW_PASSWORD))
                .containsExactly(new FieldError("code", "code.format"));
    }

    private void askForCode(String phone) {
        hexmall.requestPasswordReset.requestCode(RequestPasswordResetCommand.fromForm(phone, Language.ENGLISH));
    }

    private PasswordResetResult reset(String phone, String code, String newPassword) {
        return hexmall.resetPassword.reset(ResetPasswordCommand.fromForm(phone, code, newPassword, newPassword,
                InMemoryHexmall.CLIENT_ADDRESS));
    }

    private static List<FieldError> fieldErrors(String code, String password, String repeated) {
        try {
            ResetPasswordCommand.fromForm(PHONE, code, password, repeated, InMemoryHexmall.CLIENT_ADDRESS);
        } catch (InvalidCommandException invalid) {
            return invalid.errors();
        }
        throw new AssertionError("the form was accepted");
    }

    private static String anotherCodeThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
