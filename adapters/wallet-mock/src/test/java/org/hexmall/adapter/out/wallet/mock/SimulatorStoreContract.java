package org.hexmall.adapter.out.wallet.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.HAN_MEIMEI_PHONE;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.NOW;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.RETURN_URL;

import java.time.Duration;
import java.util.Map;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SimulatorStore} keeps, and how: the in-memory store the tests use and the database one
 * the demo uses both pass these tests, so they cannot drift apart.
 */
abstract class SimulatorStoreContract {

    /** A store with nothing in it. */
    protected abstract SimulatorStore store();

    @Test
    void anOpenedAccountIsFoundWithEverythingItHolds() {
        WalletAccount account = new WalletAccount(WalletProvider.JD_PAY, LI_LEI_PHONE, "李雷", 12_345,
                PaymentPasswordHash.of("135790"), 2, NOW.plus(Duration.ofHours(3)));

        assertThat(store().addAccountIfAbsent(account)).isTrue();

        assertThat(store().findAccount(WalletProvider.JD_PAY, LI_LEI_PHONE)).contains(account);
        assertThat(store().accounts()).containsExactly(account);
    }

    @Test
    void anAccountIsOpenedOnlyOnceAndKeepsWhatItHadFirst() {
        WalletAccount first = WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "135790");
        store().addAccountIfAbsent(first);

        boolean added = store().addAccountIfAbsent(
                WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Someone Else", 999, "000000"));

        assertThat(added).isFalse();
        assertThat(store().findAccount(WalletProvider.ALIPAY, LI_LEI_PHONE)).contains(first);
    }

    @Test
    void theSameIdentifierAtTwoProvidersIsTwoAccounts() {
        store().addAccountIfAbsent(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "1"));
        store().addAccountIfAbsent(WalletAccount.open(WalletProvider.WECHAT_PAY, LI_LEI_PHONE, "Li Lei", 200, "2"));

        assertThat(store().accounts()).hasSize(2);
        assertThat(store().findAccount(WalletProvider.WECHAT_PAY, LI_LEI_PHONE))
                .hasValueSatisfying(account -> assertThat(account.balanceFen()).isEqualTo(200));
        assertThat(store().findAccount(WalletProvider.JD_PAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void aPaymentPasswordsCountAndLockAreSavedOverTheStateTheyWereReadIn() {
        store().addAccountIfAbsent(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "135790"));
        WalletAccount asRead = store().findAccount(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();
        WalletAccount locked = new WalletAccount(asRead.provider(), asRead.identifier(), asRead.holderName(),
                asRead.balanceFen(), asRead.paymentPassword(), 3, NOW.plus(Duration.ofHours(3)));

        assertThat(store().updatePasswordState(asRead, locked)).isTrue();

        assertThat(store().findAccount(WalletProvider.ALIPAY, LI_LEI_PHONE)).contains(locked);
    }

    @Test
    void aPaymentPasswordStateReadBeforeAnotherAttemptIsNotSavedOverIt() {
        store().addAccountIfAbsent(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "135790"));
        WalletAccount asRead = store().findAccount(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();
        WalletAccount firstWrong = asRead.afterWrongPassword(NOW);
        store().updatePasswordState(asRead, firstWrong);

        boolean saved = store().updatePasswordState(asRead, asRead.afterWrongPassword(NOW));

        assertThat(saved).isFalse();
        assertThat(store().findAccount(WalletProvider.ALIPAY, LI_LEI_PHONE)).contains(firstWrong);
        assertThat(store().updatePasswordState(firstWrong, firstWrong.afterWrongPassword(NOW))).isTrue();
        assertThat(store().findAccount(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasValueSatisfying(
                account -> assertThat(account.failedPasswordAttempts()).isEqualTo(2));
    }

    @Test
    void aLockThatRanOutIsReplacedByTheNextAttempt() {
        WalletAccount lockedEarlier = new WalletAccount(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100,
                PaymentPasswordHash.of("135790"), 3, NOW.minus(Duration.ofMinutes(1)));
        store().addAccountIfAbsent(lockedEarlier);
        WalletAccount asRead = store().findAccount(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();

        assertThat(store().updatePasswordState(asRead, asRead.afterRightPassword(NOW))).isTrue();

        assertThat(store().findAccount(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasValueSatisfying(account -> {
            assertThat(account.failedPasswordAttempts()).isZero();
            assertThat(account.lockedUntil()).isNull();
        });
    }

    @Test
    void anUnknownAccountsPasswordStateIsNotSaved() {
        WalletAccount nobody = WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "135790");

        assertThat(store().updatePasswordState(nobody, nobody.afterWrongPassword(NOW))).isFalse();
        assertThat(store().accounts()).isEmpty();
    }

    @Test
    void anAuthorizationRequestIsFoundAsItWasMade() {
        var request = pendingRequest("request-1");

        store().addAuthorizationRequest(request);

        assertThat(store().findAuthorizationRequest("request-1")).contains(request);
        assertThat(store().findAuthorizationRequest("request-2")).isEmpty();
    }

    @Test
    void approvingARequestKeepsTheAgreementItGrants() {
        store().addAuthorizationRequest(pendingRequest("request-1"));
        Agreement agreement = Agreement.signed("agreement-1", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW);

        assertThat(store().approve("request-1", agreement)).isTrue();

        assertThat(store().findAuthorizationRequest("request-1")).hasValueSatisfying(request ->
                assertThat(request.outcome()).isEqualTo(AuthorizationRequestRecord.Outcome.APPROVED));
        assertThat(store().findAgreement(WalletProvider.ALIPAY, "agreement-1")).contains(agreement);
    }

    @Test
    void aRequestIsAnsweredOnlyOnce() {
        store().addAuthorizationRequest(pendingRequest("request-1"));
        store().reject("request-1");

        boolean approved = store().approve("request-1",
                Agreement.signed("agreement-1", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW));

        assertThat(approved).isFalse();
        assertThat(store().reject("request-1")).isFalse();
        assertThat(store().findAgreement(WalletProvider.ALIPAY, "agreement-1")).isEmpty();
        assertThat(store().findAuthorizationRequest("request-1")).hasValueSatisfying(request ->
                assertThat(request.outcome()).isEqualTo(AuthorizationRequestRecord.Outcome.REJECTED));
    }

    @Test
    void anUnknownRequestCannotBeAnswered() {
        assertThat(store().approve("nothing", Agreement.signed("a", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW)))
                .isFalse();
        assertThat(store().reject("nothing")).isFalse();
        assertThat(store().findAgreement(WalletProvider.ALIPAY, "a")).isEmpty();
    }

    @Test
    void anAccountsAgreementsAreListedWithoutOtherAccounts() {
        approveNew("request-1", "agreement-1", LI_LEI_PHONE);
        approveNew("request-2", "agreement-2", LI_LEI_PHONE);
        approveNew("request-3", "agreement-3", HAN_MEIMEI_PHONE);

        assertThat(store().agreementsOf(WalletProvider.ALIPAY, LI_LEI_PHONE))
                .extracting(Agreement::token)
                .containsExactlyInAnyOrder("agreement-1", "agreement-2");
        assertThat(store().agreementsOf(WalletProvider.WECHAT_PAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void anAgreementIsCancelledOnce() {
        approveNew("request-1", "agreement-1", LI_LEI_PHONE);
        var cancelledAt = NOW.plus(Duration.ofMinutes(5));

        assertThat(store().cancelAgreement(WalletProvider.ALIPAY, "agreement-1", cancelledAt)).isTrue();
        assertThat(store().cancelAgreement(WalletProvider.ALIPAY, "agreement-1", cancelledAt.plusSeconds(1)))
                .isFalse();
        assertThat(store().cancelAgreement(WalletProvider.WECHAT_PAY, "agreement-1", cancelledAt)).isFalse();

        assertThat(store().findAgreement(WalletProvider.ALIPAY, "agreement-1")).hasValueSatisfying(agreement -> {
            assertThat(agreement.status()).isEqualTo(Agreement.Status.CANCELLED);
            assertThat(agreement.cancelledAt()).isEqualTo(cancelledAt);
        });
    }

    @Test
    void faultsOfAProviderAndOfOneAccountAreKeptApart() {
        FaultTarget alipay = FaultTarget.wholeProvider(WalletProvider.ALIPAY);
        FaultTarget liLei = FaultTarget.account(WalletProvider.ALIPAY, LI_LEI_PHONE);

        store().putFault(alipay, Fault.SLOW);
        store().putFault(liLei, Fault.TIMEOUT);

        assertThat(store().faultAt(alipay)).contains(Fault.SLOW);
        assertThat(store().faultAt(liLei)).contains(Fault.TIMEOUT);
        assertThat(store().faultAt(FaultTarget.account(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE))).isEmpty();
        assertThat(store().faults()).isEqualTo(Map.of(alipay, Fault.SLOW, liLei, Fault.TIMEOUT));
    }

    @Test
    void aNewFaultReplacesTheOldAndRemovingItLeavesOthers() {
        FaultTarget alipay = FaultTarget.wholeProvider(WalletProvider.ALIPAY);
        FaultTarget email = FaultTarget.account(WalletProvider.ALIPAY,
                new WalletAccountIdentifier(IdentifierKind.EMAIL, "li.lei@example.com"));
        store().putFault(alipay, Fault.SLOW);
        store().putFault(email, Fault.ACCOUNT_NOT_FOUND);

        store().putFault(alipay, Fault.PROVIDER_DOWN);
        assertThat(store().faultAt(alipay)).contains(Fault.PROVIDER_DOWN);

        store().removeFault(alipay);
        assertThat(store().faults()).isEqualTo(Map.of(email, Fault.ACCOUNT_NOT_FOUND));

        store().clearFaults();
        assertThat(store().faults()).isEmpty();
    }

    @Test
    void notificationAttemptsAreListedInTheOrderTheyWereMade() {
        var refused = new NotificationAttempt("n-1", WalletProvider.ALIPAY, "agreement_cancelled", 1, NOW, 500, null);
        var unanswered = new NotificationAttempt("n-1", WalletProvider.ALIPAY, "agreement_cancelled", 2, NOW,
                null, "ConnectException: refused");
        var acknowledged = new NotificationAttempt("n-1", WalletProvider.ALIPAY, "agreement_cancelled", 3, NOW,
                200, null);

        store().addNotificationAttempt(refused);
        store().addNotificationAttempt(unanswered);
        store().addNotificationAttempt(acknowledged);

        assertThat(store().notificationAttempts()).containsExactly(refused, unanswered, acknowledged);
    }

    private void approveNew(String requestId, String agreementToken, WalletAccountIdentifier account) {
        store().addAuthorizationRequest(new AuthorizationRequestRecord(requestId, WalletProvider.ALIPAY, account,
                "binding-" + requestId, RETURN_URL, NOW, AuthorizationRequestRecord.Outcome.PENDING));
        store().approve(requestId, Agreement.signed(agreementToken, WalletProvider.ALIPAY, account, NOW));
    }

    private static AuthorizationRequestRecord pendingRequest(String id) {
        return new AuthorizationRequestRecord(id, WalletProvider.ALIPAY, LI_LEI_PHONE, "binding-7", RETURN_URL, NOW,
                AuthorizationRequestRecord.Outcome.PENDING);
    }
}
