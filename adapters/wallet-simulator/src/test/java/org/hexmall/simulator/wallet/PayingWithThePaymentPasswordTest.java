package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.NOW;
import static org.hexmall.simulator.wallet.TestWallets.ORDER_NUMBER;
import static org.hexmall.simulator.wallet.TestWallets.PAY_RETURN_URL;
import static org.hexmall.simulator.wallet.TestWallets.SECRETS;
import static org.hexmall.simulator.wallet.TestWallets.newPaymentId;
import static org.hexmall.simulator.wallet.TestWallets.queryOf;
import static org.hexmall.simulator.wallet.TestWallets.signedQueryOf;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.PasswordReset;
import org.hexmall.simulator.wallet.account.TopUp;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.api.PaymentAnswer;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.api.PaymentStatusAnswer;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.storage.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The customer on the wallet app's pay page: the payment password decides, wrong ones count towards the
 * provider's lock (the same one approvals count towards) until the holder resets it in the app, the balance must
 * cover the amount (a top-up in the app adds to it), a provider told to decline an account's payments declines
 * them, and every way back to the store carries the payment's signed result.
 */
class PayingWithThePaymentPasswordTest {

    private static final String RIGHT = "135790";
    private static final String WRONG = "000000";
    private static final long AMOUNT_FEN = 123_450;

    private final TestClock clock = new TestClock(NOW);
    private final WalletSimulator simulator = new WalletSimulator(SimulatorStore.inMemory(), SECRETS, clock,
            TestWallets.FAST.withPasswordLock(WalletProvider.WECHAT_PAY, Duration.ofHours(24)));

    PayingWithThePaymentPasswordTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, RIGHT);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theRightPasswordChargesTheBalanceAndSendsTheCustomerBackWithTheSignedSuccess() {
        PaymentId payment = newPaymentId();
        String page = payPage(payment, AMOUNT_FEN);

        PayAttempt attempt = simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT);

        URI back = ((PayAttempt.Paid) attempt).backToStore();
        assertThat(back.toString()).startsWith(PAY_RETURN_URL + "?");
        String transaction = simulator.payments().find(WalletProvider.ALIPAY, payment).orElseThrow().transaction();
        assertThat(signedQueryOf(WalletProvider.ALIPAY, back)).containsEntry("type", "payment_succeeded")
                .containsEntry("payment", payment.toString()).containsEntry("order_number", ORDER_NUMBER)
                .containsEntry("amount_fen", "123450").containsEntry("transaction", transaction)
                .containsEntry("wrong_passwords", "0")
                .containsEntry("timestamp", Long.toString(NOW.getEpochSecond()));
        assertThat(transaction).matches("20261122\\d{20}");
        assertThat(balance()).isEqualTo(888_800 - 123_450);
        assertThat(statusOf(payment)).isEqualTo(new PaymentStatusAnswer.Found(PaymentState.PAID, AMOUNT_FEN,
                transaction, null));
    }

    @Test
    void twoWrongPasswordsLeaveOneAttemptAndTheRightOneThenPaysAndSaysHowManyWereWrong() {
        String page = payPage(newPaymentId(), AMOUNT_FEN);

        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG))
                .isEqualTo(new PayAttempt.WrongPassword(2));
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG))
                .isEqualTo(new PayAttempt.WrongPassword(1));
        assertThat(balance()).isEqualTo(888_800);
        PayAttempt right = simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT);

        assertThat(resultOf(((PayAttempt.Paid) right).backToStore())).containsEntry("type", "payment_succeeded")
                .containsEntry("wrong_passwords", "2");
        assertThat(balance()).isEqualTo(888_800 - 123_450);
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, payPage(newPaymentId(), AMOUNT_FEN), WRONG))
                .as("the right password started the count again")
                .isEqualTo(new PayAttempt.WrongPassword(2));
    }

    @Test
    void theThirdWrongPasswordLocksItForThreeHoursAndGoingBackSaysSoSigned() {
        PaymentId payment = newPaymentId();
        String page = payPage(payment, AMOUNT_FEN);
        simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG);
        simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG);

        PayAttempt third = simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG);
        PayAttempt rightOneTooLate = simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT);
        URI back = simulator.payments().leave(WalletProvider.ALIPAY, page).orElseThrow();

        Instant threeHoursLater = NOW.plus(Duration.ofHours(3));
        assertThat(third).isEqualTo(new PayAttempt.Locked(threeHoursLater));
        assertThat(rightOneTooLate).isEqualTo(new PayAttempt.Locked(threeHoursLater));
        assertThat(resultOf(back)).containsEntry("type", "payment_failed")
                .containsEntry("reason", "payment_password_locked").containsEntry("wrong_passwords", "3")
                .containsEntry("locked_until", Long.toString(threeHoursLater.getEpochSecond()))
                .doesNotContainKey("attempts_left");
        assertThat(balance()).isEqualTo(888_800);
        assertThat(statusOf(payment)).isEqualTo(new PaymentStatusAnswer.Found(PaymentState.FAILED, AMOUNT_FEN, null,
                PaymentFailureReason.PAYMENT_PASSWORD_LOCKED));
    }

    @Test
    void eachProviderLocksForItsOwnTimeAndApprovalsAreLockedJustAsLong() {
        simulator.accounts().open(WalletProvider.WECHAT_PAY, LI_LEI_PHONE, "Li Lei", 888_800, RIGHT);
        String agreement = TestWallets.agreementFor(simulator, WalletProvider.WECHAT_PAY, LI_LEI_PHONE, RIGHT);
        String page = TestWallets.payPageFor(simulator, WalletProvider.WECHAT_PAY, agreement, newPaymentId(),
                AMOUNT_FEN);

        PayAttempt locked = null;
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            locked = simulator.payments().pay(WalletProvider.WECHAT_PAY, page, WRONG);
        }

        Instant aDayLater = NOW.plus(Duration.ofHours(24));
        assertThat(locked).isEqualTo(new PayAttempt.Locked(aDayLater));
        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.WECHAT_PAY, LI_LEI_PHONE))
                .contains(aDayLater);
        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.ALIPAY, LI_LEI_PHONE))
                .as("the same person's Alipay account is not locked").isEmpty();
        String binding = TestWallets.requestBinding(simulator, WalletProvider.WECHAT_PAY, LI_LEI_PHONE);
        assertThat(simulator.agreements().approve(WalletProvider.WECHAT_PAY, binding, RIGHT))
                .isEqualTo(new Approval.Locked(aDayLater));
    }

    @Test
    void aPasswordLockedWhileApprovingABindingCannotPayEither() {
        String page = payPage(newPaymentId(), AMOUNT_FEN);
        String binding = TestWallets.requestBinding(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE);
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            simulator.agreements().approve(WalletProvider.ALIPAY, binding, WRONG);
        }

        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT))
                .isEqualTo(new PayAttempt.Locked(NOW.plus(Duration.ofHours(3))));
        assertThat(balance()).isEqualTo(888_800);
    }

    @Test
    void whenTheLockHasRunOutTheCustomerCanPay() {
        String page = payPage(newPaymentId(), AMOUNT_FEN);
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG);
        }

        clock.moveOn(Duration.ofHours(3));

        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT)).isInstanceOf(PayAttempt.Paid.class);
    }

    @Test
    void resettingThePaymentPasswordInTheAppEndsTheLockAtOnce_andTheNewOnePaysWhileTheOldOneIsWrong() {
        String lockedPage = payPage(newPaymentId(), AMOUNT_FEN);
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            simulator.payments().pay(WalletProvider.ALIPAY, lockedPage, WRONG);
        }
        simulator.payments().leave(WalletProvider.ALIPAY, lockedPage);

        PasswordReset reset = simulator.accounts().resetPaymentPassword(WalletProvider.ALIPAY, LI_LEI_PHONE,
                "  li   LEI ", "246810");

        assertThat(reset).isEqualTo(PasswordReset.DONE);
        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
        String page = payPage(newPaymentId(), AMOUNT_FEN);
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT))
                .as("the old password, which the reset replaced").isEqualTo(new PayAttempt.WrongPassword(2));
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, "246810")).isInstanceOf(PayAttempt.Paid.class);
        assertThat(balance()).isEqualTo(888_800 - AMOUNT_FEN);
    }

    @Test
    void aResetByAnyoneButTheHolderChangesNothing() {
        String page = payPage(newPaymentId(), AMOUNT_FEN);
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG);
        }

        PasswordReset reset = simulator.accounts().resetPaymentPassword(WalletProvider.ALIPAY, LI_LEI_PHONE,
                "Han Meimei", "246810");

        assertThat(reset).isEqualTo(PasswordReset.NOT_THE_HOLDER);
        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.ALIPAY, LI_LEI_PHONE))
                .contains(NOW.plus(Duration.ofHours(3)));
        assertThat(simulator.accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow().paymentPassword()
                .matches(RIGHT)).isTrue();
        assertThat(simulator.accounts().resetPaymentPassword(WalletProvider.ALIPAY, TestWallets.phone("13900000009"),
                "Li Lei", "246810")).isEqualTo(PasswordReset.NO_SUCH_ACCOUNT);
    }

    @Test
    void toppingUpAfterABalanceTooLowLetsTheCustomerPayAgain() {
        PaymentId refused = newPaymentId();
        simulator.payments().pay(WalletProvider.ALIPAY, payPage(refused, 888_801), RIGHT);

        TopUp topUp = simulator.accounts().topUp(WalletProvider.ALIPAY, LI_LEI_PHONE, 1);

        assertThat(topUp).isEqualTo(TopUp.DONE);
        assertThat(balance()).isEqualTo(888_801);
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, payPage(newPaymentId(), 888_801), RIGHT))
                .isInstanceOf(PayAttempt.Paid.class);
        assertThat(balance()).isZero();
        assertThat(statusOf(refused)).as("the refused payment stays as it ended").isEqualTo(
                new PaymentStatusAnswer.Found(PaymentState.FAILED, 888_801, null,
                        PaymentFailureReason.INSUFFICIENT_BALANCE));
    }

    @Test
    void aTopUpIsMoreThanNothingAndAtMostFiftyThousandYuan_andOnlyOfAnAccountThatExists() {
        assertThat(simulator.accounts().topUp(WalletProvider.ALIPAY, LI_LEI_PHONE, 5_000_000)).isEqualTo(TopUp.DONE);
        assertThatThrownBy(() -> simulator.accounts().topUp(WalletProvider.ALIPAY, LI_LEI_PHONE, 5_000_001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulator.accounts().topUp(WalletProvider.ALIPAY, LI_LEI_PHONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(simulator.accounts().topUp(WalletProvider.ALIPAY, TestWallets.phone("13900000009"), 100))
                .isEqualTo(TopUp.NO_SUCH_ACCOUNT);
        assertThat(balance()).isEqualTo(888_800 + 5_000_000);
    }

    @Test
    void aBalanceThatCannotHoldMoreIsNotToppedUp() {
        simulator.accounts().open(WalletProvider.JD_PAY, LI_LEI_PHONE, "Li Lei", Long.MAX_VALUE - 99, RIGHT);

        assertThat(simulator.accounts().topUp(WalletProvider.JD_PAY, LI_LEI_PHONE, 100)).isEqualTo(TopUp.BALANCE_FULL);
        assertThat(simulator.accounts().topUp(WalletProvider.JD_PAY, LI_LEI_PHONE, 99)).isEqualTo(TopUp.DONE);
        assertThat(simulator.accounts().find(WalletProvider.JD_PAY, LI_LEI_PHONE).orElseThrow().balanceFen())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anAccountWhosePaymentsAreDeclinedIsChargedNothing_andTheCustomerGoesBackWithTheSignedReason() {
        simulator.accounts().open(WalletProvider.ALIPAY, TestWallets.HAN_MEIMEI_PHONE, "韩梅梅", 888_800, RIGHT);
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.DECLINES_PAYMENTS);
        PaymentId payment = newPaymentId();

        PayAttempt attempt = simulator.payments().pay(WalletProvider.ALIPAY, payPage(payment, AMOUNT_FEN), RIGHT);

        URI back = ((PayAttempt.NotPaid) attempt).backToStore();
        assertThat(resultOf(back)).containsEntry("type", "payment_failed").containsEntry("reason", "declined")
                .containsEntry("amount_fen", "123450").doesNotContainKeys("transaction", "attempts_left");
        assertThat(balance()).isEqualTo(888_800);
        assertThat(statusOf(payment)).isEqualTo(new PaymentStatusAnswer.Found(PaymentState.FAILED, AMOUNT_FEN, null,
                PaymentFailureReason.DECLINED));
        String hanMeimeis = TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, TestWallets.HAN_MEIMEI_PHONE,
                RIGHT);
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, TestWallets.payPageFor(simulator,
                WalletProvider.ALIPAY, hanMeimeis, newPaymentId(), AMOUNT_FEN), RIGHT))
                .as("another account of the same provider pays normally").isInstanceOf(PayAttempt.Paid.class);
    }

    @Test
    void aWrongPasswordStillCountsWhereThePaymentWouldBeDeclined_andOnceTheFaultEndsTheAccountPaysAgain() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.DECLINES_PAYMENTS);
        String page = payPage(newPaymentId(), AMOUNT_FEN);

        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG))
                .isEqualTo(new PayAttempt.WrongPassword(2));
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.DECLINES_PAYMENTS);
        simulator.faults().remove(WalletProvider.ALIPAY);
        simulator.faults().remove(WalletProvider.ALIPAY, LI_LEI_PHONE);

        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT)).isInstanceOf(PayAttempt.Paid.class);
    }

    @Test
    void aBalanceTooLowChargesNothingAndSendsTheCustomerBackWithTheSignedReason() {
        PaymentId payment = newPaymentId();
        String page = payPage(payment, 888_801);

        PayAttempt attempt = simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT);

        URI back = ((PayAttempt.NotPaid) attempt).backToStore();
        assertThat(resultOf(back)).containsEntry("type", "payment_failed")
                .containsEntry("reason", "insufficient_balance").containsEntry("amount_fen", "888801");
        assertThat(balance()).isEqualTo(888_800);
        assertThat(statusOf(payment)).isEqualTo(new PaymentStatusAnswer.Found(PaymentState.FAILED, 888_801, null,
                PaymentFailureReason.INSUFFICIENT_BALANCE));
        assertThat(simulator.notifications().attempts()).as("only a success is notified").isEmpty();
    }

    @Test
    void aBalanceThatJustCoversTheAmountPaysItToTheLastFen() {
        String page = payPage(newPaymentId(), 888_800);

        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT)).isInstanceOf(PayAttempt.Paid.class);
        assertThat(balance()).isZero();
    }

    @Test
    void aDoubleSubmitChargesOnceAndBothLandOnTheSameSuccess() {
        PaymentId payment = newPaymentId();
        String page = payPage(payment, AMOUNT_FEN);

        List<PayAttempt> submits = Concurrently.run(20, attempt -> simulator.payments().pay(WalletProvider.ALIPAY,
                page, RIGHT));

        assertThat(submits).allSatisfy(submit -> assertThat(submit).isInstanceOf(PayAttempt.Paid.class));
        assertThat(submits).map(submit -> resultOf(((PayAttempt.Paid) submit).backToStore()).get("transaction"))
                .containsOnly(simulator.payments().find(WalletProvider.ALIPAY, payment).orElseThrow().transaction());
        assertThat(balance()).isEqualTo(888_800 - 123_450);
    }

    @Test
    void goingBackWithoutPayingCancelsThePaymentSoItCanNoLongerBePaid() {
        PaymentId payment = newPaymentId();
        String page = payPage(payment, AMOUNT_FEN);

        URI back = simulator.payments().leave(WalletProvider.ALIPAY, page).orElseThrow();
        PayAttempt payingAfterwards = simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT);

        assertThat(resultOf(back)).containsEntry("type", "payment_cancelled")
                .containsEntry("payment", payment.toString()).containsEntry("wrong_passwords", "0")
                .doesNotContainKeys("reason", "transaction");
        assertThat(payingAfterwards).isInstanceOfSatisfying(PayAttempt.NotPaid.class, notPaid ->
                assertThat(resultOf(notPaid.backToStore())).containsEntry("type", "payment_cancelled"));
        assertThat(balance()).isEqualTo(888_800);
        assertThat(statusOf(payment)).isEqualTo(new PaymentStatusAnswer.Found(PaymentState.CANCELLED, AMOUNT_FEN,
                null, null));
    }

    @Test
    void goingBackAfterAWrongPasswordSaysHowManyAttemptsAreLeft() {
        PaymentId payment = newPaymentId();
        String page = payPage(payment, AMOUNT_FEN);
        simulator.payments().pay(WalletProvider.ALIPAY, page, WRONG);

        URI back = simulator.payments().leave(WalletProvider.ALIPAY, page).orElseThrow();

        assertThat(resultOf(back)).containsEntry("type", "payment_failed")
                .containsEntry("reason", "wrong_payment_password").containsEntry("attempts_left", "2")
                .containsEntry("wrong_passwords", "1").doesNotContainKey("locked_until");
        assertThat(statusOf(payment)).isEqualTo(new PaymentStatusAnswer.Found(PaymentState.FAILED, AMOUNT_FEN, null,
                PaymentFailureReason.WRONG_PAYMENT_PASSWORD));
    }

    @Test
    void goingBackFromAPaidPaymentBringsTheSuccessAgainAndChargesNothingMore() {
        String page = payPage(newPaymentId(), AMOUNT_FEN);
        simulator.payments().pay(WalletProvider.ALIPAY, page, RIGHT);

        URI back = simulator.payments().leave(WalletProvider.ALIPAY, page).orElseThrow();

        assertThat(resultOf(back)).containsEntry("type", "payment_succeeded");
        assertThat(balance()).isEqualTo(888_800 - 123_450);
    }

    @Test
    void theStoresProviderParameterInTheReturnUrlAppearsOnceAndTheResultVerifies() {
        URI returnUrl = URI.create("/checkout/payments/return?provider=alipay");
        var page = (PaymentAnswer.PayPage) simulator.providerApi().createPayment(
                WalletProvider.ALIPAY, agreement(), newPaymentId(), ORDER_NUMBER, AMOUNT_FEN, returnUrl).join();

        URI back = ((PayAttempt.Paid) simulator.payments().pay(WalletProvider.ALIPAY,
                TestWallets.lastSegmentOf(page.url()),
                RIGHT)).backToStore();

        assertThat(back.toString()).startsWith("/checkout/payments/return?");
        assertThat(back.getRawQuery().split("&")).filteredOn(pair -> pair.startsWith("provider=")).hasSize(1);
        assertThat(queryOf(back)).containsEntry("provider", "alipay");
        assertThat(resultOf(back)).containsEntry("type", "payment_succeeded");
    }

    @Test
    void aPaymentIsPaidOnlyOnItsOwnProvidersPage() {
        String page = payPage(newPaymentId(), AMOUNT_FEN);

        assertThat(simulator.payments().pay(WalletProvider.WECHAT_PAY, page, RIGHT))
                .isEqualTo(new PayAttempt.NotFound());
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, "no-such-payment", RIGHT))
                .isEqualTo(new PayAttempt.NotFound());
        assertThat(simulator.payments().leave(WalletProvider.WECHAT_PAY, page)).isEmpty();
        assertThat(balance()).isEqualTo(888_800);
    }

    private String agreement() {
        return simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).stream()
                .filter(Agreement::isActive).map(Agreement::token).findFirst()
                .orElseGet(() -> TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, RIGHT));
    }

    /** Asks for the payment as the store would, and returns its pay page's id. */
    private String payPage(PaymentId payment, long amountFen) {
        return TestWallets.payPageFor(simulator, WalletProvider.ALIPAY, agreement(), payment, amountFen);
    }

    /** What the provider answers the store that asks about the payment. */
    private PaymentStatusAnswer statusOf(PaymentId payment) {
        return simulator.providerApi().queryPayment(WalletProvider.ALIPAY, payment).join();
    }

    private static Map<String, String> resultOf(URI backToStore) {
        return signedQueryOf(WalletProvider.ALIPAY, backToStore);
    }

    private long balance() {
        return simulator.accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow().balanceFen();
    }
}
