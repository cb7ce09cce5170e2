package org.hexmall.adapter.out.wallet.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.GATEWAY_TIMEOUT;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.HAN_MEIMEI_PHONE;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.PAY_RETURN_URL;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.SECRETS;

import java.time.Duration;
import java.util.UUID;
import org.hexmall.application.port.out.wallet.PaymentLookup;
import org.hexmall.application.port.out.wallet.PaymentRequest;
import org.hexmall.application.port.out.wallet.PaymentStart;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the store gets when it asks a simulated provider for a payment, with and without faults. */
class StartingAPaymentTest {

    private static final String LI_LEIS_PASSWORD = "135790";

    private final WalletSimulator simulator = TestProviders.simulator();
    private final SimulatedWalletGateway gateway = TestProviders.gatewayTo(simulator);
    private final String agreement;

    StartingAPaymentTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, LI_LEIS_PASSWORD);
        simulator.accounts().open(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "韩梅梅", 10_000, "246801");
        agreement = TestProviders.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, LI_LEIS_PASSWORD);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aValidAgreementSendsTheCustomerToThePayPageOfTheNewPayment() {
        PaymentRequest request = payAtAlipay(agreement);

        PaymentStart answer = gateway.startPayment(request);

        assertThat(answer).isInstanceOfSatisfying(PaymentStart.RedirectCustomer.class, redirect ->
                assertThat(redirect.url().getPath()).matches("/mock-wallet/alipay/pay/[A-Za-z0-9_-]{32}"));
        assertThat(simulator.payments().find(WalletProvider.ALIPAY, request.payment())).hasValueSatisfying(payment -> {
            assertThat(payment.account()).isEqualTo(LI_LEI_PHONE);
            assertThat(payment.orderNumber()).isEqualTo("2611 2204 5584");
            assertThat(payment.amountFen()).isEqualTo(123_450);
            assertThat(payment.returnUrl()).isEqualTo(PAY_RETURN_URL);
            assertThat(payment.isOpen()).isTrue();
        });
    }

    @Test
    void askingTwiceForOnePaymentAnswersTheSamePageAndCreatesOnePayment() {
        PaymentRequest request = payAtAlipay(agreement);

        PaymentStart first = gateway.startPayment(request);
        PaymentStart second = gateway.startPayment(request);

        assertThat(second).isEqualTo(first);
        assertThat(simulator.payments().all()).hasSize(1);
    }

    @Test
    void anotherPaymentIdIsAnotherPayment() {
        gateway.startPayment(payAtAlipay(agreement));

        gateway.startPayment(payAtAlipay(agreement));

        assertThat(simulator.payments().all()).hasSize(2);
    }

    @Test
    void anAgreementThatIsNotValidCreatesNothing() {
        simulator.agreements().cancelInApp(WalletProvider.ALIPAY, agreement);

        assertThat(gateway.startPayment(payAtAlipay("an-agreement-nobody-granted")))
                .isInstanceOf(PaymentStart.AgreementNotValid.class);
        assertThat(gateway.startPayment(payAtAlipay(agreement))).isInstanceOf(PaymentStart.AgreementNotValid.class);
        assertThat(simulator.payments().all()).isEmpty();
    }

    @Test
    void anAgreementWithOneProviderIsNotValidAtAnother() {
        var atWeChat = new PaymentRequest(WalletProvider.WECHAT_PAY, agreement, newPaymentId(), "2611 2204 5584",
                Money.ofYuan(1_234, 50), PAY_RETURN_URL);

        assertThat(gateway.startPayment(atWeChat)).isInstanceOf(PaymentStart.AgreementNotValid.class);
    }

    @Test
    void aProviderThatIsDownIsUnavailableAndCreatesNothing() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);

        assertThat(gateway.startPayment(payAtAlipay(agreement)))
                .isEqualTo(new PaymentStart.ProviderUnavailable("ALIPAY answered: service unavailable"));
        assertThat(simulator.payments().all()).isEmpty();
    }

    @Test
    void aProviderThatNeverAnswersIsNoAnswerAndTheStoreFindsThePaymentByAskingLater() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.TIMEOUT);
        PaymentRequest request = payAtAlipay(agreement);

        long started = System.nanoTime();
        PaymentStart answer = gateway.startPayment(request);

        assertThat(answer).isEqualTo(new PaymentStart.NoAnswer("ALIPAY did not answer within 200 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(GATEWAY_TIMEOUT);
        simulator.faults().clear();
        assertThat(gateway.lookUpPayment(WalletProvider.ALIPAY, request.payment()))
                .isInstanceOf(PaymentLookup.Open.class);
        assertThat(gateway.startPayment(request)).isInstanceOf(PaymentStart.RedirectCustomer.class);
        assertThat(simulator.payments().all()).hasSize(1);
    }

    @Test
    void aSlowProviderAnswersLateButInTime() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.SLOW);

        long asked = System.nanoTime();
        simulator.providerApi().createPayment(WalletProvider.ALIPAY, agreement, newPaymentId(), "2611 2204 5584", 100,
                PAY_RETURN_URL).join();
        // How late, not whether it is done at one instant (see SimulatedWalletGatewayTest).
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("answered late, not at once")
                .isGreaterThanOrEqualTo(TestProviders.FAST.slowAnswer());

        assertThat(gateway.startPayment(payAtAlipay(agreement))).isInstanceOf(PaymentStart.RedirectCustomer.class);
    }

    @Test
    void aProviderThatPretendsNotToKnowTheAccountDoesNotHonourItsAgreement() {
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.ACCOUNT_NOT_FOUND);

        assertThat(gateway.startPayment(payAtAlipay(agreement))).isInstanceOf(PaymentStart.AgreementNotValid.class);
    }

    @Test
    void aFaultOfAnotherAccountLeavesThisOnesPaymentsAlone() {
        simulator.faults().inject(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, Fault.PROVIDER_DOWN);

        assertThat(gateway.startPayment(payAtAlipay(agreement))).isInstanceOf(PaymentStart.RedirectCustomer.class);
    }

    @Test
    void aProviderFailingInsideMayHaveCreatedThePaymentSoItIsNoAnswer() {
        try (var failing = new WalletSimulator(SimulatedWalletGatewayTest.brokenStore(), SECRETS, TestProviders.CLOCK,
                TestProviders.FAST)) {
            var failingGateway = TestProviders.gatewayTo(failing);

            assertThat(failingGateway.startPayment(payAtAlipay(agreement)))
                    .isEqualTo(new PaymentStart.NoAnswer("ALIPAY failed: IllegalStateException"));
        }
    }

    private static PaymentRequest payAtAlipay(String agreementToken) {
        return new PaymentRequest(WalletProvider.ALIPAY, agreementToken, newPaymentId(), "2611 2204 5584",
                Money.ofYuan(1_234, 50), PAY_RETURN_URL);
    }

    private static PaymentId newPaymentId() {
        return new PaymentId(UUID.randomUUID());
    }
}
