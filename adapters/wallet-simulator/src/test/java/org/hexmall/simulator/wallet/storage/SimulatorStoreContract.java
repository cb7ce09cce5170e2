package org.hexmall.simulator.wallet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.HAN_MEIMEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.NOW;
import static org.hexmall.simulator.wallet.TestWallets.PAY_RETURN_URL;
import static org.hexmall.simulator.wallet.TestWallets.RETURN_URL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.Concurrently;
import org.hexmall.simulator.wallet.account.PaymentPasswordHash;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.AuthorizationRequestRecord;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.FaultTarget;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.notification.PendingNotification;
import org.hexmall.simulator.wallet.payment.PaymentRecords;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.hexmall.simulator.wallet.payment.SimulatedRefund;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SimulatorStore} keeps, and how: the in-memory store the tests use and the database one
 * the demo uses both pass these tests, so they cannot drift apart.
 */
abstract class SimulatorStoreContract {

    /** The store's id of the payment most cases ask a provider for. */
    private static final PaymentId ORDER_PAYMENT =
            new PaymentId(UUID.fromString("2f1e0c4a-1111-4c1e-9a5b-0e3c2d1b0a99"));

    private static final Duration LOCK = WalletAccount.PASSWORD_LOCK;

    /** A store with nothing in it. */
    protected abstract SimulatorStore store();

    @Test
    void anOpenedAccountIsFoundWithEverythingItHolds() {
        WalletAccount account = new WalletAccount(WalletProvider.JD_PAY, LI_LEI_PHONE, "李雷", 12_345,
                PaymentPasswordHash.of("135790"), 2, NOW.plus(Duration.ofHours(3)));

        assertThat(store().accounts().addIfAbsent(account)).isTrue();

        assertThat(store().accounts().find(WalletProvider.JD_PAY, LI_LEI_PHONE)).contains(account);
        assertThat(store().accounts().all()).containsExactly(account);
    }

    @Test
    void anAccountIsOpenedOnlyOnceAndKeepsWhatItHadFirst() {
        WalletAccount first = WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "135790");
        store().accounts().addIfAbsent(first);

        boolean added = store().accounts().addIfAbsent(
                WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Someone Else", 999, "000000"));

        assertThat(added).isFalse();
        assertThat(store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE)).contains(first);
    }

    @Test
    void theSameIdentifierAtTwoProvidersIsTwoAccounts() {
        store().accounts().addIfAbsent(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "1"));
        store().accounts().addIfAbsent(WalletAccount.open(WalletProvider.WECHAT_PAY, LI_LEI_PHONE, "Li Lei", 200, "2"));

        assertThat(store().accounts().all()).hasSize(2);
        assertThat(store().accounts().find(WalletProvider.WECHAT_PAY, LI_LEI_PHONE))
                .hasValueSatisfying(account -> assertThat(account.balanceFen()).isEqualTo(200));
        assertThat(store().accounts().find(WalletProvider.JD_PAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void aPaymentPasswordsCountAndLockAreSavedOverTheStateTheyWereReadIn() {
        store().accounts()
                .addIfAbsent(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "135790"));
        WalletAccount asRead = store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();
        WalletAccount locked = new WalletAccount(asRead.provider(), asRead.identifier(), asRead.holderName(),
                asRead.balanceFen(), asRead.paymentPassword(), 3, NOW.plus(Duration.ofHours(3)));

        assertThat(store().accounts().updatePasswordState(asRead, locked)).isTrue();

        assertThat(store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE)).contains(locked);
    }

    @Test
    void aPaymentPasswordStateReadBeforeAnotherAttemptIsNotSavedOverIt() {
        store().accounts()
                .addIfAbsent(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "135790"));
        WalletAccount asRead = store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();
        WalletAccount firstWrong = asRead.afterWrongPassword(NOW, LOCK);
        store().accounts().updatePasswordState(asRead, firstWrong);

        boolean saved = store().accounts().updatePasswordState(asRead, asRead.afterWrongPassword(NOW, LOCK));

        assertThat(saved).isFalse();
        assertThat(store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE)).contains(firstWrong);
        assertThat(store().accounts().updatePasswordState(firstWrong, firstWrong.afterWrongPassword(NOW, LOCK)))
                .isTrue();
        assertThat(store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasValueSatisfying(
                account -> assertThat(account.failedPasswordAttempts()).isEqualTo(2));
    }

    @Test
    void aLockThatRanOutIsReplacedByTheNextAttempt() {
        WalletAccount lockedEarlier = new WalletAccount(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100,
                PaymentPasswordHash.of("135790"), 3, NOW.minus(Duration.ofMinutes(1)));
        store().accounts().addIfAbsent(lockedEarlier);
        WalletAccount asRead = store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();

        assertThat(store().accounts().updatePasswordState(asRead, asRead.afterRightPassword(NOW))).isTrue();

        assertThat(store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasValueSatisfying(account -> {
            assertThat(account.failedPasswordAttempts()).isZero();
            assertThat(account.lockedUntil()).isNull();
        });
    }

    @Test
    void anUnknownAccountsPasswordStateIsNotSaved() {
        WalletAccount nobody = WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100, "135790");

        assertThat(store().accounts().updatePasswordState(nobody, nobody.afterWrongPassword(NOW, LOCK))).isFalse();
        assertThat(store().accounts().all()).isEmpty();
    }

    @Test
    void aTopUpAddsToTheBalanceOnlyWhatTheBalanceCanHold() {
        openAccountWith(100);

        assertThat(store().accounts().topUp(WalletProvider.ALIPAY, LI_LEI_PHONE, 5_000)).isTrue();
        assertThat(balance()).isEqualTo(5_100);
        assertThat(store().accounts().topUp(WalletProvider.ALIPAY, LI_LEI_PHONE, Long.MAX_VALUE - 5_099)).isFalse();
        assertThat(balance()).isEqualTo(5_100);
        assertThat(store().accounts().topUp(WalletProvider.ALIPAY, LI_LEI_PHONE, Long.MAX_VALUE - 5_100)).isTrue();
        assertThat(balance()).isEqualTo(Long.MAX_VALUE);
        assertThat(store().accounts().topUp(WalletProvider.JD_PAY, LI_LEI_PHONE, 100)).isFalse();
    }

    @Test
    void topUpsAndChargesAtOnceAllCount() {
        openAccountWith(100_000);
        SimulatedPayment open = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, 12_345));

        Concurrently.run(12, attempt -> attempt == 0
                ? store().payments().debit(open.paid("transaction-1", NOW))
                : store().accounts().topUp(WalletProvider.ALIPAY, LI_LEI_PHONE, 100));

        assertThat(balance()).isEqualTo(100_000 - 12_345 + 11 * 100);
    }

    @Test
    void aNewPaymentPasswordReplacesTheOldOne_andEndsItsLockAndItsWrongAttempts() {
        store().accounts().addIfAbsent(new WalletAccount(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 100,
                PaymentPasswordHash.of("135790"), 3, NOW.plus(Duration.ofHours(3))));

        assertThat(store().accounts().replacePaymentPassword(WalletProvider.ALIPAY, LI_LEI_PHONE,
                PaymentPasswordHash.of("246810"))).isTrue();

        assertThat(store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasValueSatisfying(account -> {
            assertThat(account.paymentPassword().matches("246810")).isTrue();
            assertThat(account.paymentPassword().matches("135790")).isFalse();
            assertThat(account.failedPasswordAttempts()).isZero();
            assertThat(account.lockedUntil()).isNull();
            assertThat(account.balanceFen()).isEqualTo(100);
        });
        assertThat(store().accounts().replacePaymentPassword(WalletProvider.JD_PAY, LI_LEI_PHONE,
                PaymentPasswordHash.of("246810"))).isFalse();
    }

    @Test
    void anAuthorizationRequestIsFoundAsItWasMade() {
        var request = pendingRequest("request-1");

        store().agreements().addRequest(request);

        assertThat(store().agreements().findRequest("request-1")).contains(request);
        assertThat(store().agreements().findRequest("request-2")).isEmpty();
    }

    @Test
    void approvingARequestKeepsTheAgreementItGrants() {
        store().agreements().addRequest(pendingRequest("request-1"));
        Agreement agreement = Agreement.signed("agreement-1", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW);

        assertThat(store().agreements().approve("request-1", agreement)).isTrue();

        assertThat(store().agreements().findRequest("request-1")).hasValueSatisfying(request ->
                assertThat(request.outcome()).isEqualTo(AuthorizationRequestRecord.Outcome.APPROVED));
        assertThat(store().agreements().find(WalletProvider.ALIPAY, "agreement-1")).contains(agreement);
    }

    @Test
    void aRequestIsAnsweredOnlyOnce() {
        store().agreements().addRequest(pendingRequest("request-1"));
        store().agreements().reject("request-1");

        boolean approved = store().agreements().approve("request-1",
                Agreement.signed("agreement-1", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW));

        assertThat(approved).isFalse();
        assertThat(store().agreements().reject("request-1")).isFalse();
        assertThat(store().agreements().find(WalletProvider.ALIPAY, "agreement-1")).isEmpty();
        assertThat(store().agreements().findRequest("request-1")).hasValueSatisfying(request ->
                assertThat(request.outcome()).isEqualTo(AuthorizationRequestRecord.Outcome.REJECTED));
    }

    @Test
    void anUnknownRequestCannotBeAnswered() {
        assertThat(store().agreements()
                .approve("nothing", Agreement.signed("a", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW)))
                .isFalse();
        assertThat(store().agreements().reject("nothing")).isFalse();
        assertThat(store().agreements().find(WalletProvider.ALIPAY, "a")).isEmpty();
    }

    @Test
    void anAccountsAgreementsAreListedWithoutOtherAccounts() {
        approveNew("request-1", "agreement-1", LI_LEI_PHONE);
        approveNew("request-2", "agreement-2", LI_LEI_PHONE);
        approveNew("request-3", "agreement-3", HAN_MEIMEI_PHONE);

        assertThat(store().agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE))
                .extracting(Agreement::token)
                .containsExactlyInAnyOrder("agreement-1", "agreement-2");
        assertThat(store().agreements().of(WalletProvider.WECHAT_PAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void anAgreementIsCancelledOnce() {
        approveNew("request-1", "agreement-1", LI_LEI_PHONE);
        var cancelledAt = NOW.plus(Duration.ofMinutes(5));

        assertThat(store().agreements().cancel(WalletProvider.ALIPAY, "agreement-1", cancelledAt)).isTrue();
        assertThat(store().agreements().cancel(WalletProvider.ALIPAY, "agreement-1", cancelledAt.plusSeconds(1)))
                .isFalse();
        assertThat(store().agreements().cancel(WalletProvider.WECHAT_PAY, "agreement-1", cancelledAt)).isFalse();

        assertThat(store().agreements().find(WalletProvider.ALIPAY, "agreement-1")).hasValueSatisfying(agreement -> {
            assertThat(agreement.status()).isEqualTo(Agreement.Status.CANCELLED);
            assertThat(agreement.cancelledAt()).isEqualTo(cancelledAt);
        });
    }

    @Test
    void faultsOfAProviderAndOfOneAccountAreKeptApart() {
        FaultTarget alipay = FaultTarget.wholeProvider(WalletProvider.ALIPAY);
        FaultTarget liLei = FaultTarget.account(WalletProvider.ALIPAY, LI_LEI_PHONE);

        store().faults().put(alipay, Fault.SLOW);
        store().faults().put(liLei, Fault.TIMEOUT);

        assertThat(store().faults().find(alipay)).contains(Fault.SLOW);
        assertThat(store().faults().find(liLei)).contains(Fault.TIMEOUT);
        assertThat(store().faults().find(FaultTarget.account(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE))).isEmpty();
        assertThat(store().faults().all()).isEqualTo(Map.of(alipay, Fault.SLOW, liLei, Fault.TIMEOUT));
    }

    @Test
    void aNewFaultReplacesTheOldAndRemovingItLeavesOthers() {
        FaultTarget alipay = FaultTarget.wholeProvider(WalletProvider.ALIPAY);
        FaultTarget email = FaultTarget.account(WalletProvider.ALIPAY,
                new WalletAccountIdentifier(IdentifierKind.EMAIL, "li.lei@example.com"));
        store().faults().put(alipay, Fault.SLOW);
        store().faults().put(email, Fault.ACCOUNT_NOT_FOUND);

        store().faults().put(alipay, Fault.PROVIDER_DOWN);
        assertThat(store().faults().find(alipay)).contains(Fault.PROVIDER_DOWN);

        store().faults().remove(alipay);
        assertThat(store().faults().all()).isEqualTo(Map.of(email, Fault.ACCOUNT_NOT_FOUND));

        store().faults().clear();
        assertThat(store().faults().all()).isEmpty();
    }

    @Test
    void notificationAttemptsAreListedInTheOrderTheyWereMade() {
        var refused = new NotificationAttempt("n-1", WalletProvider.ALIPAY, "agreement_cancelled", 1, NOW, 500, null);
        var unanswered = new NotificationAttempt("n-1", WalletProvider.ALIPAY, "agreement_cancelled", 2, NOW,
                null, "ConnectException: refused");
        var acknowledged = new NotificationAttempt("n-1", WalletProvider.ALIPAY, "agreement_cancelled", 3, NOW,
                200, null);

        store().notifications().add(refused);
        store().notifications().add(unanswered);
        store().notifications().add(acknowledged);

        assertThat(store().notifications().all()).containsExactly(refused, unanswered, acknowledged);
    }

    @Test
    void aPaymentIsKeptOncePerMerchantPaymentAndFoundBothWays() {
        SimulatedPayment first = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, 12_345));

        SimulatedPayment again = store().payments().addIfAbsent(newPayment("pay-2", ORDER_PAYMENT, 99_999));

        assertThat(again).isEqualTo(first);
        assertThat(store().payments().find("pay-1")).contains(first);
        assertThat(store().payments().find("pay-2")).isEmpty();
        assertThat(store().payments().find(WalletProvider.ALIPAY, ORDER_PAYMENT)).contains(first);
        assertThat(store().payments().find(WalletProvider.WECHAT_PAY, ORDER_PAYMENT)).isEmpty();
        assertThat(store().payments().latest(10)).containsExactly(first);
    }

    @Test
    void manyRequestsForOnePaymentAtOnceKeepOnePayment() {
        List<SimulatedPayment> kept = Concurrently.run(16,
                attempt -> store().payments().addIfAbsent(newPayment("pay-" + attempt, ORDER_PAYMENT, 12_345)));

        assertThat(kept).map(SimulatedPayment::id).containsOnly(kept.getFirst().id());
        assertThat(store().payments().latest(100)).hasSize(1);
    }

    @Test
    void aPaymentIsPaidOnceAndItsAccountChargedOnce() {
        openAccountWith(100_000);
        SimulatedPayment open = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, 12_345));

        assertThat(store().payments().debit(open.paid("transaction-1", NOW))).isEqualTo(PaymentRecords.Debit.DONE);
        assertThat(store().payments().debit(open.paid("transaction-2", NOW))).isEqualTo(PaymentRecords.Debit.NOT_OPEN);

        assertThat(balance()).isEqualTo(100_000 - 12_345);
        assertThat(store().payments().find("pay-1")).hasValueSatisfying(paid -> {
            assertThat(paid.status()).isEqualTo(PaymentState.PAID);
            assertThat(paid.transaction()).isEqualTo("transaction-1");
            assertThat(paid.endedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void submitsRacingEachOtherChargeOnce() {
        openAccountWith(100_000);
        SimulatedPayment open = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, 12_345));

        List<PaymentRecords.Debit> debits = Concurrently.run(12,
                attempt -> store().payments().debit(open.paid("transaction-" + attempt, NOW)));

        assertThat(debits).filteredOn(PaymentRecords.Debit.DONE::equals).hasSize(1);
        assertThat(debits).filteredOn(PaymentRecords.Debit.NOT_OPEN::equals).hasSize(11);
        assertThat(balance()).isEqualTo(100_000 - 12_345);
    }

    @Test
    void aBalanceTooLowChargesNothingAndLeavesThePaymentOpen() {
        openAccountWith(12_344);
        SimulatedPayment open = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, 12_345));

        assertThat(store().payments().debit(open.paid("transaction-1", NOW)))
                .isEqualTo(PaymentRecords.Debit.INSUFFICIENT_BALANCE);

        assertThat(balance()).isEqualTo(12_344);
        assertThat(store().payments().find("pay-1")).contains(open);
    }

    @Test
    void aPaymentEndsWithoutAChargeOnceWithEverythingItsResultSays() {
        openAccountWith(100_000);
        SimulatedPayment open = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, 12_345));
        Instant lockedUntil = NOW.plus(Duration.ofHours(3));

        assertThat(store().payments().endWithoutCharge(
                open.failed(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, null, lockedUntil, NOW))).isTrue();
        assertThat(store().payments().endWithoutCharge(open.cancelled(NOW))).isFalse();
        assertThat(store().payments().debit(open.paid("transaction-1", NOW))).isEqualTo(PaymentRecords.Debit.NOT_OPEN);

        assertThat(balance()).isEqualTo(100_000);
        assertThat(store().payments().find("pay-1")).hasValueSatisfying(failed -> {
            assertThat(failed.status()).isEqualTo(PaymentState.FAILED);
            assertThat(failed.failureReason()).isEqualTo(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED);
            assertThat(failed.passwordLockedUntil()).isEqualTo(lockedUntil);
            assertThat(failed.attemptsLeft()).isNull();
            assertThat(failed.endedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void wrongPasswordsCountForAPaymentOnlyWhileItIsOpen() {
        SimulatedPayment open = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, 12_345));

        assertThat(store().payments().countWrongPassword("pay-1")).isTrue();
        assertThat(store().payments().countWrongPassword("pay-1")).isTrue();
        store().payments().endWithoutCharge(open.failed(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, 1, null, NOW));
        assertThat(store().payments().countWrongPassword("pay-1")).isFalse();
        assertThat(store().payments().countWrongPassword("no-such-payment")).isFalse();

        assertThat(store().payments().find("pay-1")).hasValueSatisfying(failed -> {
            assertThat(failed.wrongPasswords()).isEqualTo(2);
            assertThat(failed.attemptsLeft()).isEqualTo(1);
        });
    }

    @Test
    void aFailedRefundCreditsNothing_butKeepsItsNumberFailed() {
        SimulatedPayment paid = paidPayment(12_345);
        var failed = new SimulatedRefund(WalletProvider.ALIPAY, "refund-1", "provider-refund-1", paid.id(), 2_345,
                NOW, true);

        assertThat(store().payments().refund(failed)).contains(failed);
        assertThat(store().payments().refund(newRefund("refund-1", "provider-refund-2", paid, 2_345)))
                .hasValueSatisfying(kept -> assertThat(kept.failed()).isTrue());

        assertThat(balance()).isEqualTo(100_000 - 12_345);
        assertThat(store().payments().find(paid.id())).hasValueSatisfying(
                payment -> assertThat(payment.refundableFen()).isEqualTo(12_345));
    }

    @Test
    void aPendingNotificationIsKeptUnsigned_andEachAttemptIsClaimedOnce() {
        var pending = new PendingNotification("n-1", WalletProvider.WECHAT_PAY, MessageType.REFUND_SUCCEEDED,
                Map.of("refund_number", "RF-1", "amount_fen", "2990", "note", "a & b = c"), 0, NOW.plusSeconds(15));
        store().pendingNotifications().add(pending);
        store().pendingNotifications().add(new PendingNotification("n-2", WalletProvider.ALIPAY,
                MessageType.AGREEMENT_CANCELLED, Map.of("agreement_token", "t-1"), 0, NOW));

        assertThat(store().pendingNotifications().find("n-1")).contains(pending);
        assertThat(store().pendingNotifications().all()).extracting(PendingNotification::id)
                .containsExactly("n-2", "n-1");
        assertThat(store().pendingNotifications().claim("n-1", 0, NOW.plusSeconds(30))).isTrue();
        assertThat(store().pendingNotifications().claim("n-1", 0, NOW.plusSeconds(30))).isFalse();
        assertThat(store().pendingNotifications().find("n-1")).hasValueSatisfying(claimed -> {
            assertThat(claimed.attemptsMade()).isOne();
            assertThat(claimed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        });

        store().pendingNotifications().remove("n-1");

        assertThat(store().pendingNotifications().all()).extracting(PendingNotification::id).containsExactly("n-2");
        assertThat(store().pendingNotifications().claim("n-1", 1, NOW)).isFalse();
    }

    @Test
    void aRefundCreditsTheAccountOnceUnderItsNumber() {
        SimulatedPayment paid = paidPayment(12_345);
        SimulatedRefund refund = newRefund("refund-1", "provider-refund-1", paid, 2_345);

        assertThat(store().payments().refund(refund)).contains(refund);
        assertThat(store().payments().refund(newRefund("refund-1", "provider-refund-2", paid, 2_345))).contains(refund);

        assertThat(balance()).isEqualTo(100_000 - 12_345 + 2_345);
        assertThat(store().payments().refundsOf(paid.id())).containsExactly(refund);
        assertThat(store().payments().find(paid.id())).hasValueSatisfying(
                payment -> assertThat(payment.refundableFen()).isEqualTo(10_000));
    }

    @Test
    void partialRefundsAddUpToTheAmountAndNoFurther() {
        SimulatedPayment paid = paidPayment(12_345);
        store().payments().refund(newRefund("refund-1", "provider-refund-1", paid, 10_000));

        Optional<SimulatedRefund> tooMuch =
                store().payments().refund(newRefund("refund-2", "provider-refund-2", paid, 2_346));
        Optional<SimulatedRefund> rest =
                store().payments().refund(newRefund("refund-3", "provider-refund-3", paid, 2_345));

        assertThat(tooMuch).isEmpty();
        assertThat(rest).isPresent();
        assertThat(balance()).isEqualTo(100_000);
        assertThat(store().payments().refundsOf(paid.id())).extracting(SimulatedRefund::refundNumber)
                .containsExactly("refund-1", "refund-3");
    }

    @Test
    void aPaymentThatWasNotPaidRefundsNothing() {
        openAccountWith(100_000);
        SimulatedPayment open = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, 12_345));

        assertThat(store().payments().refund(newRefund("refund-1", "provider-refund-1", open, 1))).isEmpty();

        assertThat(balance()).isEqualTo(100_000);
        assertThat(store().payments().refundsOf(open.id())).isEmpty();
    }

    @Test
    void refundsRacingEachOtherWithTheSameNumberCreditOnce() {
        SimulatedPayment paid = paidPayment(12_345);

        List<Optional<SimulatedRefund>> refunds = Concurrently.run(12,
                attempt -> store().payments().refund(newRefund("refund-1", "provider-refund-" + attempt, paid, 1_000)));

        assertThat(refunds).allSatisfy(refund -> assertThat(refund).isPresent());
        assertThat(refunds).map(Optional::orElseThrow).map(SimulatedRefund::providerRefund).containsOnly(
                refunds.getFirst().orElseThrow().providerRefund());
        assertThat(balance()).isEqualTo(100_000 - 12_345 + 1_000);
    }

    @Test
    void theLatestPaymentsComeNewestFirst() {
        for (int i = 1; i <= 3; i++) {
            store().payments().addIfAbsent(newPayment("pay-" + i, new PaymentId(UUID.randomUUID()), i));
        }

        assertThat(store().payments().latest(2)).extracting(SimulatedPayment::id).containsExactly("pay-3", "pay-2");
    }

    private void openAccountWith(long balanceFen) {
        store().accounts().addIfAbsent(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", balanceFen,
                "135790"));
    }

    private long balance() {
        return store().accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow().balanceFen();
    }

    /** Li Lei's payment of that much, paid from a balance of ¥1,000.00. */
    private SimulatedPayment paidPayment(long amountFen) {
        openAccountWith(100_000);
        SimulatedPayment open = store().payments().addIfAbsent(newPayment("pay-1", ORDER_PAYMENT, amountFen));
        store().payments().debit(open.paid("transaction-1", NOW));
        return store().payments().find("pay-1").orElseThrow();
    }

    private static SimulatedPayment newPayment(String id, PaymentId merchantPayment, long amountFen) {
        return SimulatedPayment.open(id, Agreement.signed("agreement-1", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW),
                merchantPayment, "261122045584", amountFen, PAY_RETURN_URL, NOW);
    }

    private static SimulatedRefund newRefund(String number, String providerRefund, SimulatedPayment payment,
                                             long amountFen) {
        return new SimulatedRefund(WalletProvider.ALIPAY, number, providerRefund, payment.id(), amountFen, NOW, false);
    }

    private void approveNew(String requestId, String agreementToken, WalletAccountIdentifier account) {
        store().agreements().addRequest(new AuthorizationRequestRecord(requestId, WalletProvider.ALIPAY, account,
                "binding-" + requestId, RETURN_URL, NOW, AuthorizationRequestRecord.Outcome.PENDING));
        store().agreements().approve(requestId, Agreement.signed(agreementToken, WalletProvider.ALIPAY, account, NOW));
    }

    private static AuthorizationRequestRecord pendingRequest(String id) {
        return new AuthorizationRequestRecord(id, WalletProvider.ALIPAY, LI_LEI_PHONE, "binding-7", RETURN_URL, NOW,
                AuthorizationRequestRecord.Outcome.PENDING);
    }
}
