package org.hexmall.adapter.out.wallet.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.NOW;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.PAY_RETURN_URL;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.SECRETS;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.queryOf;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.hexmall.application.port.out.wallet.PaymentLookup;
import org.hexmall.application.port.out.wallet.PaymentRequest;
import org.hexmall.application.port.out.wallet.PaymentStart;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The customer on the wallet app's pay page: the payment password decides, wrong ones count towards the
 * provider's lock (the same one approvals count towards), the balance must cover the amount, and every way back
 * to the store carries the payment's signed result.
 */
class PayingWithThePaymentPasswordTest {

    private static final String RIGHT = "135790";
    private static final String WRONG = "000000";
    private static final Money AMOUNT = Money.ofYuan(1_234, 50);

    private final TestClock clock = new TestClock(NOW);
    private final WalletSimulator simulator = new WalletSimulator(SimulatorStore.inMemory(), SECRETS, clock,
            TestWallets.FAST.withPasswordLock(WalletProvider.WECHAT_PAY, Duration.ofHours(24)));
    private final SimulatedWalletGateway store =
            new SimulatedWalletGateway(simulator, SECRETS, TestWallets.GATEWAY_TIMEOUT);

    PayingWithThePaymentPasswordTest() {
        simulator.openAccount(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, RIGHT);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theRightPasswordChargesTheBalanceAndSendsTheCustomerBackWithTheSignedSuccess() {
        PaymentRequest request = paymentRequest(AMOUNT);
        String page = payPage(request);

        PayAttempt attempt = simulator.pay(WalletProvider.ALIPAY, page, RIGHT);

        URI back = ((PayAttempt.Paid) attempt).backToStore();
        assertThat(back.toString()).startsWith(PAY_RETURN_URL + "?");
        String transaction = simulator.payment(WalletProvider.ALIPAY, request.payment()).orElseThrow().transaction();
        assertThat(store.read(WalletProvider.ALIPAY, queryOf(back))).isEqualTo(new ProviderMessage.PaymentSucceeded(
                request.payment(), "2611 2204 5584", AMOUNT, transaction, 0, queryOf(back).get("nonce"), NOW));
        assertThat(transaction).matches("20261122\\d{20}");
        assertThat(balance()).isEqualTo(888_800 - 123_450);
        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, request.payment()))
                .isEqualTo(new PaymentLookup.Paid(transaction, AMOUNT));
    }

    @Test
    void twoWrongPasswordsLeaveOneAttemptAndTheRightOneThenPaysAndSaysHowManyWereWrong() {
        PaymentRequest request = paymentRequest(AMOUNT);
        String page = payPage(request);

        assertThat(simulator.pay(WalletProvider.ALIPAY, page, WRONG)).isEqualTo(new PayAttempt.WrongPassword(2));
        assertThat(simulator.pay(WalletProvider.ALIPAY, page, WRONG)).isEqualTo(new PayAttempt.WrongPassword(1));
        assertThat(balance()).isEqualTo(888_800);
        PayAttempt right = simulator.pay(WalletProvider.ALIPAY, page, RIGHT);

        assertThat(resultOf(((PayAttempt.Paid) right).backToStore())).isInstanceOfSatisfying(
                ProviderMessage.PaymentSucceeded.class, paid -> assertThat(paid.wrongPasswords()).isEqualTo(2));
        assertThat(balance()).isEqualTo(888_800 - 123_450);
        assertThat(simulator.pay(WalletProvider.ALIPAY, payPage(paymentRequest(AMOUNT)), WRONG))
                .as("the right password started the count again")
                .isEqualTo(new PayAttempt.WrongPassword(2));
    }

    @Test
    void theThirdWrongPasswordLocksItForThreeHoursAndGoingBackSaysSoSigned() {
        PaymentRequest request = paymentRequest(AMOUNT);
        String page = payPage(request);
        simulator.pay(WalletProvider.ALIPAY, page, WRONG);
        simulator.pay(WalletProvider.ALIPAY, page, WRONG);

        PayAttempt third = simulator.pay(WalletProvider.ALIPAY, page, WRONG);
        PayAttempt rightOneTooLate = simulator.pay(WalletProvider.ALIPAY, page, RIGHT);
        URI back = simulator.leavePayment(WalletProvider.ALIPAY, page).orElseThrow();

        Instant threeHoursLater = NOW.plus(Duration.ofHours(3));
        assertThat(third).isEqualTo(new PayAttempt.Locked(threeHoursLater));
        assertThat(rightOneTooLate).isEqualTo(new PayAttempt.Locked(threeHoursLater));
        assertThat(resultOf(back)).isEqualTo(new ProviderMessage.PaymentFailed(request.payment(), "2611 2204 5584",
                AMOUNT, PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, 3, OptionalInt.empty(),
                Optional.of(threeHoursLater), queryOf(back).get("nonce"), NOW));
        assertThat(balance()).isEqualTo(888_800);
        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, request.payment()))
                .isEqualTo(new PaymentLookup.NotPaid(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED));
    }

    @Test
    void eachProviderLocksForItsOwnTimeAndApprovalsAreLockedJustAsLong() {
        simulator.openAccount(WalletProvider.WECHAT_PAY, LI_LEI_PHONE, "Li Lei", 888_800, RIGHT);
        String agreement = TestWallets.agreementFor(simulator, WalletProvider.WECHAT_PAY, LI_LEI_PHONE, RIGHT);
        String page = TestWallets.pageIdOf(((PaymentStart.RedirectCustomer) store.startPayment(new PaymentRequest(
                WalletProvider.WECHAT_PAY, agreement, newPaymentId(), "2611 2204 5584", AMOUNT, PAY_RETURN_URL)))
                .url());

        PayAttempt locked = null;
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            locked = simulator.pay(WalletProvider.WECHAT_PAY, page, WRONG);
        }

        Instant aDayLater = NOW.plus(Duration.ofHours(24));
        assertThat(locked).isEqualTo(new PayAttempt.Locked(aDayLater));
        assertThat(simulator.passwordLockedUntil(WalletProvider.WECHAT_PAY, LI_LEI_PHONE)).contains(aDayLater);
        assertThat(simulator.passwordLockedUntil(WalletProvider.ALIPAY, LI_LEI_PHONE))
                .as("the same person's Alipay account is not locked").isEmpty();
        var binding = (ProviderAnswer.AuthorizationPage) simulator.requestAuthorization(WalletProvider.WECHAT_PAY,
                LI_LEI_PHONE, "binding-2", TestWallets.RETURN_URL).join();
        assertThat(simulator.approve(WalletProvider.WECHAT_PAY, TestWallets.pageIdOf(binding.url()), RIGHT))
                .isEqualTo(new Approval.Locked(aDayLater));
    }

    @Test
    void aPasswordLockedWhileApprovingABindingCannotPayEither() {
        String page = payPage(paymentRequest(AMOUNT));
        var binding = (ProviderAnswer.AuthorizationPage) simulator.requestAuthorization(WalletProvider.ALIPAY,
                LI_LEI_PHONE, "binding-2", TestWallets.RETURN_URL).join();
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            simulator.approve(WalletProvider.ALIPAY, TestWallets.pageIdOf(binding.url()), WRONG);
        }

        assertThat(simulator.pay(WalletProvider.ALIPAY, page, RIGHT))
                .isEqualTo(new PayAttempt.Locked(NOW.plus(Duration.ofHours(3))));
        assertThat(balance()).isEqualTo(888_800);
    }

    @Test
    void whenTheLockHasRunOutTheCustomerCanPay() {
        String page = payPage(paymentRequest(AMOUNT));
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            simulator.pay(WalletProvider.ALIPAY, page, WRONG);
        }

        clock.moveOn(Duration.ofHours(3));

        assertThat(simulator.pay(WalletProvider.ALIPAY, page, RIGHT)).isInstanceOf(PayAttempt.Paid.class);
    }

    @Test
    void aBalanceTooLowChargesNothingAndSendsTheCustomerBackWithTheSignedReason() {
        PaymentRequest request = paymentRequest(Money.ofYuan(8_888, 1));
        String page = payPage(request);

        PayAttempt attempt = simulator.pay(WalletProvider.ALIPAY, page, RIGHT);

        URI back = ((PayAttempt.NotPaid) attempt).backToStore();
        assertThat(resultOf(back)).isInstanceOfSatisfying(ProviderMessage.PaymentFailed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(PaymentFailureReason.INSUFFICIENT_BALANCE);
            assertThat(failed.amount()).isEqualTo(Money.ofYuan(8_888, 1));
        });
        assertThat(balance()).isEqualTo(888_800);
        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, request.payment()))
                .isEqualTo(new PaymentLookup.NotPaid(PaymentFailureReason.INSUFFICIENT_BALANCE));
        assertThat(simulator.notificationAttempts()).as("only a success is notified").isEmpty();
    }

    @Test
    void aBalanceThatJustCoversTheAmountPaysItToTheLastFen() {
        String page = payPage(paymentRequest(Money.ofFen(888_800)));

        assertThat(simulator.pay(WalletProvider.ALIPAY, page, RIGHT)).isInstanceOf(PayAttempt.Paid.class);
        assertThat(balance()).isZero();
    }

    @Test
    void aDoubleSubmitChargesOnceAndBothLandOnTheSameSuccess() {
        PaymentRequest request = paymentRequest(AMOUNT);
        String page = payPage(request);

        List<PayAttempt> submits = Concurrently.run(20, attempt -> simulator.pay(WalletProvider.ALIPAY, page, RIGHT));

        assertThat(submits).allSatisfy(submit -> assertThat(submit).isInstanceOf(PayAttempt.Paid.class));
        assertThat(submits).map(submit -> resultOf(((PayAttempt.Paid) submit).backToStore()))
                .map(result -> ((ProviderMessage.PaymentSucceeded) result).transaction())
                .containsOnly(simulator.payment(WalletProvider.ALIPAY, request.payment()).orElseThrow().transaction());
        assertThat(balance()).isEqualTo(888_800 - 123_450);
    }

    @Test
    void goingBackWithoutPayingCancelsThePaymentSoItCanNoLongerBePaid() {
        PaymentRequest request = paymentRequest(AMOUNT);
        String page = payPage(request);

        URI back = simulator.leavePayment(WalletProvider.ALIPAY, page).orElseThrow();
        PayAttempt payingAfterwards = simulator.pay(WalletProvider.ALIPAY, page, RIGHT);

        assertThat(resultOf(back)).isEqualTo(new ProviderMessage.PaymentCancelled(request.payment(), "2611 2204 5584",
                AMOUNT, 0, queryOf(back).get("nonce"), NOW));
        assertThat(payingAfterwards).isInstanceOfSatisfying(PayAttempt.NotPaid.class, notPaid ->
                assertThat(resultOf(notPaid.backToStore())).isInstanceOf(ProviderMessage.PaymentCancelled.class));
        assertThat(balance()).isEqualTo(888_800);
        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, request.payment()))
                .isEqualTo(new PaymentLookup.Closed());
    }

    @Test
    void goingBackAfterAWrongPasswordSaysHowManyAttemptsAreLeft() {
        PaymentRequest request = paymentRequest(AMOUNT);
        String page = payPage(request);
        simulator.pay(WalletProvider.ALIPAY, page, WRONG);

        URI back = simulator.leavePayment(WalletProvider.ALIPAY, page).orElseThrow();

        assertThat(resultOf(back)).isInstanceOfSatisfying(ProviderMessage.PaymentFailed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(PaymentFailureReason.WRONG_PAYMENT_PASSWORD);
            assertThat(failed.attemptsLeft()).hasValue(2);
            assertThat(failed.wrongPasswords()).isEqualTo(1);
            assertThat(failed.lockedUntil()).isEmpty();
        });
        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, request.payment()))
                .isEqualTo(new PaymentLookup.NotPaid(PaymentFailureReason.WRONG_PAYMENT_PASSWORD));
    }

    @Test
    void goingBackFromAPaidPaymentBringsTheSuccessAgainAndChargesNothingMore() {
        String page = payPage(paymentRequest(AMOUNT));
        simulator.pay(WalletProvider.ALIPAY, page, RIGHT);

        URI back = simulator.leavePayment(WalletProvider.ALIPAY, page).orElseThrow();

        assertThat(resultOf(back)).isInstanceOf(ProviderMessage.PaymentSucceeded.class);
        assertThat(balance()).isEqualTo(888_800 - 123_450);
    }

    @Test
    void theStoresProviderParameterInTheReturnUrlAppearsOnceAndTheResultVerifies() {
        URI returnUrl = URI.create("/checkout/payments/return?provider=alipay");
        PaymentRequest request = new PaymentRequest(WalletProvider.ALIPAY, agreement(), newPaymentId(),
                "2611 2204 5584", AMOUNT, returnUrl);
        String page = payPage(request);

        URI back = ((PayAttempt.Paid) simulator.pay(WalletProvider.ALIPAY, page, RIGHT)).backToStore();

        assertThat(back.toString()).startsWith("/checkout/payments/return?");
        assertThat(back.getRawQuery().split("&")).filteredOn(pair -> pair.startsWith("provider=")).hasSize(1);
        assertThat(queryOf(back)).containsEntry("provider", "alipay");
        assertThat(resultOf(back)).isInstanceOf(ProviderMessage.PaymentSucceeded.class);
    }

    @Test
    void aPaymentIsPaidOnlyOnItsOwnProvidersPage() {
        String page = payPage(paymentRequest(AMOUNT));

        assertThat(simulator.pay(WalletProvider.WECHAT_PAY, page, RIGHT)).isEqualTo(new PayAttempt.NotFound());
        assertThat(simulator.pay(WalletProvider.ALIPAY, "no-such-payment", RIGHT)).isEqualTo(new PayAttempt.NotFound());
        assertThat(simulator.leavePayment(WalletProvider.WECHAT_PAY, page)).isEmpty();
        assertThat(balance()).isEqualTo(888_800);
    }

    private PaymentRequest paymentRequest(Money amount) {
        return new PaymentRequest(WalletProvider.ALIPAY, agreement(), newPaymentId(), "2611 2204 5584", amount,
                PAY_RETURN_URL);
    }

    private String agreement() {
        return simulator.agreementsOf(WalletProvider.ALIPAY, LI_LEI_PHONE).stream()
                .filter(Agreement::isActive).map(Agreement::token).findFirst()
                .orElseGet(() -> TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, RIGHT));
    }

    /** Asks for the payment as the store would, and returns its pay page's id. */
    private String payPage(PaymentRequest request) {
        return TestWallets.pageIdOf(((PaymentStart.RedirectCustomer) store.startPayment(request)).url());
    }

    private ProviderMessage resultOf(URI backToStore) {
        return store.read(WalletProvider.ALIPAY, queryOf(backToStore));
    }

    private long balance() {
        return simulator.account(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow().balanceFen();
    }

    private static PaymentId newPaymentId() {
        return new PaymentId(UUID.randomUUID());
    }
}
