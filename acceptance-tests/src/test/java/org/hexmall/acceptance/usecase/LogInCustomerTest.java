package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.session.LoginResult.Frozen;
import org.hexmall.application.port.in.session.LoginResult.Locked;
import org.hexmall.application.port.in.session.LoginResult.SignedIn;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.AddressThrottlePolicy;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.shared.Language;
import org.junit.jupiter.api.Test;

class LogInCustomerTest {

    private static final String PHONE = "13800138000";
    private static final String EMAIL = "li.lei@example.com";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String WRONG_PASSWORD = "tea-4two-pans";
    private static final String UNKNOWN_PHONE = "13900139000";
    private static final Duration ADDRESS_MEMORY = AddressThrottlePolicy.STANDARD.memory().plusSeconds(1);

    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, EMAIL, "李雷", PASSWORD);
    private final Session visitor = hexmall.newVisitor();

    @Test
    void thePhoneNumberAndTheRightPassword_signTheCustomerIn() {
        LoginResult result = hexmall.logIn(PHONE, PASSWORD, visitor);

        assertThat(sessionAfter(result).principal()).isEqualTo(new Principal.Customer(customer));
    }

    @Test
    void theEmailTypedInAnyCaseAndTheRightPassword_signTheCustomerIn() {
        LoginResult result = hexmall.logIn("  LI.Lei@Example.COM ", PASSWORD, visitor);

        assertThat(sessionAfter(result).principal()).isEqualTo(new Principal.Customer(customer));
    }

    @Test
    void loggingIn_movesTheVisitorToANewSessionAndTheOldIdOpensNothing() {
        Session afterLogin = sessionAfter(hexmall.logIn(PHONE, PASSWORD, visitor));

        assertThat(afterLogin.id()).isNotEqualTo(visitor.id());
        Session withTheOldId = hexmall.resumeSession.resume(Optional.of(visitor.id()));
        assertThat(withTheOldId.id()).isNotIn(visitor.id(), afterLogin.id());
        assertThat(withTheOldId.principal()).isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void loggingIn_givesTheNewSessionAFormTokenOfItsOwn() {
        Session afterLogin = sessionAfter(hexmall.logIn(PHONE, PASSWORD, visitor));

        assertThat(afterLogin.matchesCsrfToken(visitor.csrfToken())).isFalse();
    }

    @Test
    void theNextRequestWithTheNewSession_actsForTheCustomer() {
        Session afterLogin = sessionAfter(hexmall.logIn(PHONE, PASSWORD, visitor));

        Session nextRequest = hexmall.resumeSession.resume(Optional.of(afterLogin.id()));

        assertThat(nextRequest.id()).isEqualTo(afterLogin.id());
        assertThat(nextRequest.principal()).isEqualTo(new Principal.Customer(customer));
    }

    @Test
    void loggingIn_keepsTheLanguageTheVisitorChoseBefore() {
        hexmall.chooseLanguage.choose(visitor.id(), Language.SIMPLIFIED_CHINESE);

        Session afterLogin = sessionAfter(hexmall.logIn(PHONE, PASSWORD, visitor));

        assertThat(afterLogin.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(hexmall.resumeSession.resume(Optional.of(afterLogin.id())).language())
                .isEqualTo(Language.SIMPLIFIED_CHINESE);
    }

    @Test
    void aWrongPassword_isRefusedAndTheVisitorStaysAnonymousInTheSameSession() {
        LoginResult result = hexmall.logIn(PHONE, WRONG_PASSWORD, visitor);

        assertThat(result).isInstanceOf(WrongCredentials.class);
        Session nextRequest = hexmall.resumeSession.resume(Optional.of(visitor.id()));
        assertThat(nextRequest.id()).isEqualTo(visitor.id());
        assertThat(nextRequest.principal()).isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void anUnknownLogin_getsExactlyTheAnswerAWrongPasswordGets() {
        LoginResult wrongPassword = hexmall.logIn(PHONE, WRONG_PASSWORD, visitor);

        assertThat(hexmall.logIn("13900139000", PASSWORD, visitor)).isEqualTo(wrongPassword);
        assertThat(hexmall.logIn("han.meimei@example.com", PASSWORD, visitor)).isEqualTo(wrongPassword);
        assertThat(hexmall.logIn("not a phone number", PASSWORD, visitor)).isEqualTo(wrongPassword);
    }

    @Test
    void givenFourWrongPasswords_fifthLocksTheLoginForFifteenMinutes() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(hexmall.logIn(PHONE, WRONG_PASSWORD, visitor)).isInstanceOf(WrongCredentials.class);
        }

        LoginResult fifth = hexmall.logIn(PHONE, WRONG_PASSWORD, visitor);

        assertThat(fifth).isEqualTo(new Locked(InMemoryHexmall.OPENING_TIME.plus(Duration.ofMinutes(15))));
    }

    @Test
    void wrongPasswordsByPhoneAndByEmail_countTowardsTheSameLock() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            hexmall.logIn(attempt % 2 == 0 ? PHONE : EMAIL, WRONG_PASSWORD, visitor);
        }

        assertThat(hexmall.logIn(EMAIL, WRONG_PASSWORD, visitor)).isInstanceOf(Locked.class);
    }

    @Test
    void givenALockedLogin_evenTheRightPasswordIsRefusedUntilTheLockEnds() {
        Instant lockEnds = hexmall.lockOut(PHONE);
        hexmall.clock.advance(Duration.ofMinutes(14).plusSeconds(59));

        LoginResult result = hexmall.logIn(PHONE, PASSWORD, visitor);

        assertThat(result).isEqualTo(new Locked(lockEnds));
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void givenALockedLogin_theRightPasswordWorksAgainFifteenMinutesLater() {
        hexmall.lockOut(PHONE);
        hexmall.clock.advance(Duration.ofMinutes(15));

        assertThat(hexmall.logIn(PHONE, PASSWORD, visitor)).isInstanceOf(SignedIn.class);
    }

    @Test
    void lockingOneCustomersLogin_leavesOtherCustomersFreeToLogIn() {
        hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");
        hexmall.lockOut(PHONE);

        assertThat(hexmall.logIn("13900139000", "other-pass-99", visitor)).isInstanceOf(SignedIn.class);
    }

    @Test
    void aFrozenAccount_isRefusedEvenWithTheRightPassword() {
        hexmall.freeze(customer);

        LoginResult result = hexmall.logIn(PHONE, PASSWORD, visitor);

        assertThat(result).isInstanceOf(Frozen.class);
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void givenAFrozenAccount_aWrongPasswordGetsTheSameAnswerAsOnAnyOtherAccount() {
        hexmall.freeze(customer);

        LoginResult result = hexmall.logIn(PHONE, WRONG_PASSWORD, visitor);

        // Answering "frozen" to someone who does not know the password would tell them the number has an account.
        assertThat(result).isEqualTo(hexmall.logIn("13900139000", WRONG_PASSWORD, visitor));
    }

    @Test
    void anUnknownNumber_isAnsweredAndLockedExactlyAsARegisteredOneIs() {
        List<LoginResult> registered = fiveWrongPasswords(PHONE);

        List<LoginResult> unknown = fiveWrongPasswords(UNKNOWN_PHONE);

        assertThat(unknown).isEqualTo(registered);
        assertThat(unknown.getLast()).isEqualTo(new Locked(InMemoryHexmall.OPENING_TIME.plus(Duration.ofMinutes(15))));
        assertThat(hexmall.logIn(UNKNOWN_PHONE, PASSWORD, visitor)).isEqualTo(unknown.getLast());
    }

    @Test
    void anUnknownEmail_isLockedToo_howeverItIsTyped() {
        for (String typed : List.of("nobody@example.com", " Nobody@Example.com", "NOBODY@EXAMPLE.COM ",
                "nobody@example.COM")) {
            assertThat(hexmall.logIn(typed, WRONG_PASSWORD, visitor)).isInstanceOf(WrongCredentials.class);
        }

        assertThat(hexmall.logIn("nobody@example.com", WRONG_PASSWORD, visitor)).isInstanceOf(Locked.class);
    }

    @Test
    void anUnknownNumberWithItsCountryCode_countsAsTheSameNumber() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            hexmall.logIn(attempt % 2 == 0 ? UNKNOWN_PHONE : "+86 " + UNKNOWN_PHONE, WRONG_PASSWORD, visitor);
        }

        assertThat(hexmall.logIn(UNKNOWN_PHONE, WRONG_PASSWORD, visitor)).isInstanceOf(Locked.class);
    }

    @Test
    void lockingAnUnknownLogin_leavesRegisteredCustomersFreeToLogIn() {
        hexmall.lockOut(UNKNOWN_PHONE);

        assertThat(sessionAfter(hexmall.logIn(PHONE, PASSWORD, visitor)).principal())
                .isEqualTo(new Principal.Customer(customer));
    }

    @Test
    void whatWasTyped_isNeverKeptAsItWasTyped() {
        hexmall.lockOut(UNKNOWN_PHONE);
        hexmall.lockOut("  Someone.Typed-Their-Password@Here ");

        assertThat(hexmall.storage.loginThrottles().find(UNKNOWN_PHONE)).isEqualTo(LoginThrottle.CLEAR);
        assertThat(hexmall.storage.loginThrottles().find("customer phone " + UNKNOWN_PHONE))
                .isEqualTo(LoginThrottle.CLEAR);
    }

    @Test
    void theWrongPasswordsOfAnUnknownLogin_areForgottenAMonthAfterTheLastOne() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            hexmall.logIn(UNKNOWN_PHONE, WRONG_PASSWORD, visitor);
        }
        forgetTheClientAddressesCount();
        hexmall.clock.advance(Duration.ofDays(30).minus(ADDRESS_MEMORY));
        assertThat(hexmall.forgetExpiredLoginThrottles.forget()).isZero();
        hexmall.clock.advance(Duration.ofSeconds(1));

        assertThat(hexmall.forgetExpiredLoginThrottles.forget()).isEqualTo(1);

        assertThat(hexmall.logIn(UNKNOWN_PHONE, WRONG_PASSWORD, visitor)).isInstanceOf(WrongCredentials.class);
    }

    @Test
    void aLockedUnknownLogin_isKeptAMonthAfterItsLockEnds() {
        Instant lockEnds = hexmall.lockOut(UNKNOWN_PHONE);
        forgetTheClientAddressesCount();
        hexmall.clock.advance(Duration.between(hexmall.clock.instant(), lockEnds.plus(Duration.ofDays(30))));

        assertThat(hexmall.forgetExpiredLoginThrottles.forget()).isZero();
        hexmall.clock.advance(Duration.ofSeconds(1));
        assertThat(hexmall.forgetExpiredLoginThrottles.forget()).isEqualTo(1);
    }

    /**
     * The wrong passwords also counted against the client address they came from; that count is forgotten an hour
     * after the last one, long before the login's own.
     */
    private void forgetTheClientAddressesCount() {
        hexmall.clock.advance(ADDRESS_MEMORY);
        assertThat(hexmall.forgetExpiredLoginThrottles.forget()).isEqualTo(1);
    }

    private List<LoginResult> fiveWrongPasswords(String login) {
        List<LoginResult> answers = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            answers.add(hexmall.logIn(login, WRONG_PASSWORD, visitor));
        }
        return answers;
    }
}
