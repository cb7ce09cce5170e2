package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.HAN_MEIMEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.NOW;
import static org.hexmall.simulator.wallet.TestWallets.RETURN_URL;

import java.time.Duration;
import java.time.Instant;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The second verification in the wallet app: approving a binding takes the account's payment password, and
 * wrong ones count towards the provider's own lock of that password, 3 wrong in a row lock it for 3 hours.
 */
class ApprovingWithThePaymentPasswordTest {

    private static final String RIGHT = "135790";
    private static final String WRONG = "000000";
    private static final Instant THREE_HOURS_LATER = NOW.plus(Duration.ofHours(3));

    private final TestClock clock = new TestClock(NOW);
    private final WalletSimulator simulator = TestWallets.simulator(clock);

    ApprovingWithThePaymentPasswordTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, RIGHT);
        simulator.accounts().open(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "韩梅梅", 10_000, "246801");
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theRightPasswordApprovesAndGrantsTheAgreement() {
        Approval approval = simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE), RIGHT);

        assertThat(approval).isInstanceOfSatisfying(Approval.Approved.class,
                approved -> assertThat(approved.backToStore().toString()).startsWith(RETURN_URL + "?"));
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasSize(1);
    }

    @Test
    void aWrongPasswordApprovesNothingAndCountsDownTheAttemptsLeft() {
        String requestId = requestBinding(LI_LEI_PHONE);

        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, requestId, WRONG))
                .isEqualTo(new Approval.WrongPassword(2));
        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, requestId, WRONG))
                .isEqualTo(new Approval.WrongPassword(1));

        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
        assertThat(simulator.agreements().requestOnPage(WalletProvider.ALIPAY, requestId)).hasValueSatisfying(
                request -> assertThat(request.isPending()).isTrue());
    }

    @Test
    void theThirdWrongPasswordLocksItForThreeHours() {
        String requestId = requestBinding(LI_LEI_PHONE);
        simulator.agreements().approve(WalletProvider.ALIPAY, requestId, WRONG);
        simulator.agreements().approve(WalletProvider.ALIPAY, requestId, WRONG);

        Approval third = simulator.agreements().approve(WalletProvider.ALIPAY, requestId, WRONG);

        assertThat(third).isEqualTo(new Approval.Locked(THREE_HOURS_LATER));
        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.ALIPAY, LI_LEI_PHONE))
                .contains(THREE_HOURS_LATER);
        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE)).isEmpty();
    }

    @Test
    void aLockedPasswordRefusesEvenTheRightOneForEveryRequestOfTheAccount() {
        lockLiLeisPassword();
        clock.moveOn(Duration.ofHours(3).minusSeconds(1));
        String laterRequest = requestBinding(LI_LEI_PHONE);

        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, laterRequest, RIGHT))
                .isEqualTo(new Approval.Locked(THREE_HOURS_LATER));
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void theLockEndsAfterThreeHoursWithEveryAttemptBack() {
        lockLiLeisPassword();
        clock.moveOn(Duration.ofHours(3));

        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE), WRONG))
                .isEqualTo(new Approval.WrongPassword(2));
        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE), RIGHT))
                .isInstanceOf(Approval.Approved.class);
    }

    @Test
    void theRightPasswordStartsTheCountAgain() {
        simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE), WRONG);
        simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE), WRONG);
        simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE), RIGHT);

        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE), WRONG))
                .isEqualTo(new Approval.WrongPassword(2));
    }

    @Test
    void anotherAccountsPasswordIsAWrongOne() {
        Approval approval = simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE),
                "246801");

        assertThat(approval).isEqualTo(new Approval.WrongPassword(2));
    }

    @Test
    void anUnknownOrAnsweredRequestIsNotFoundAndCountsNothing() {
        String requestId = requestBinding(LI_LEI_PHONE);
        simulator.agreements().reject(WalletProvider.ALIPAY, requestId);

        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, requestId, WRONG))
                .isEqualTo(new Approval.NotFound());
        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, "no-such-request", WRONG))
                .isEqualTo(new Approval.NotFound());
        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, requestBinding(LI_LEI_PHONE), WRONG))
                .isEqualTo(new Approval.WrongPassword(2));
    }

    private void lockLiLeisPassword() {
        String requestId = requestBinding(LI_LEI_PHONE);
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            simulator.agreements().approve(WalletProvider.ALIPAY, requestId, WRONG);
        }
    }

    private String requestBinding(WalletAccountIdentifier account) {
        return TestWallets.requestBinding(simulator, WalletProvider.ALIPAY, account);
    }
}
