package org.hexmall.adapter.out.wallet.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.PAY_RETURN_URL;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.SECRETS;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.hexmall.application.port.out.wallet.PaymentLookup;
import org.hexmall.application.port.out.wallet.PaymentRequest;
import org.hexmall.application.port.out.wallet.PaymentStart;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SIMULATED switch that benchmarks and demos use: with it on, a new payment is paid at once, as if its customer
 * had typed the right payment password, and the store learns of it from the signed notification alone.
 */
class ConfirmingPaymentsAutomaticallyTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String PASSWORD = "135790";
    private static final Money AMOUNT = Money.ofYuan(1_234, 50);

    private final WalletSimulator simulator = TestWallets.simulator();
    private final SimulatedWalletGateway store =
            new SimulatedWalletGateway(simulator, SECRETS, TestWallets.GATEWAY_TIMEOUT);
    private final String agreement;

    ConfirmingPaymentsAutomaticallyTest() {
        simulator.openAccount(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, PASSWORD);
        agreement = TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, PASSWORD);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aNewPaymentIsChargedOnceAndTheStoreIsNotifiedSigned() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.setStoreBaseUrl(endpoint.baseUrl());
            simulator.confirmPaymentsAutomatically(true);
            PaymentRequest request = paymentRequest();

            PaymentStart answer = store.startPayment(request);

            assertThat(answer).isInstanceOf(PaymentStart.RedirectCustomer.class);
            Poll.until(DEADLINE, "the store notified, and the provider recorded its answer",
                    () -> !simulator.notificationAttempts().isEmpty()
                            && simulator.notificationsAwaitingAcknowledgement() == 0);
            SimulatedPayment paid = simulator.payment(WalletProvider.ALIPAY, request.payment()).orElseThrow();
            assertThat(paid.status()).isEqualTo(SimulatedPayment.Status.PAID);
            assertThat(endpoint.received()).singleElement().satisfies(received -> {
                assertThat(received.path()).isEqualTo("/wallet-notify/alipay");
                assertThat(store.read(WalletProvider.ALIPAY, received.parameters()))
                        .isInstanceOfSatisfying(ProviderMessage.PaymentSucceeded.class, notified -> {
                            assertThat(notified.payment()).isEqualTo(request.payment());
                            assertThat(notified.orderNumber()).isEqualTo("2611 2204 5584");
                            assertThat(notified.amount()).isEqualTo(AMOUNT);
                            assertThat(notified.transaction()).isEqualTo(paid.transaction());
                            assertThat(notified.wrongPasswords()).isZero();
                        });
            });
            assertThat(balance()).isEqualTo(888_800 - 123_450);
            assertThat(store.lookUpPayment(WalletProvider.ALIPAY, request.payment()))
                    .isEqualTo(new PaymentLookup.Paid(paid.transaction(), AMOUNT));
        }
    }

    @Test
    void theCustomerTypingThePasswordAfterwardsChargesNothingMore() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.setStoreBaseUrl(endpoint.baseUrl());
            simulator.confirmPaymentsAutomatically(true);
            PaymentRequest request = paymentRequest();
            var redirect = (PaymentStart.RedirectCustomer) store.startPayment(request);
            Poll.until(DEADLINE, "the store notified, and the provider recorded its answer",
                    () -> !simulator.notificationAttempts().isEmpty()
                            && simulator.notificationsAwaitingAcknowledgement() == 0);

            PayAttempt again = simulator.pay(WalletProvider.ALIPAY, TestWallets.pageIdOf(redirect.url()), PASSWORD);
            store.startPayment(request);

            assertThat(again).isInstanceOf(PayAttempt.Paid.class);
            assertThat(balance()).as("charged once").isEqualTo(888_800 - 123_450);
            assertThat(simulator.payments()).hasSize(1);
            assertThat(simulator.notificationAttempts()).hasSize(1);
        }
    }

    @Test
    void offUnlessSwitchedOnSoThePaymentWaitsForItsCustomer() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.setStoreBaseUrl(endpoint.baseUrl());
            PaymentRequest request = paymentRequest();

            store.startPayment(request);

            assertThat(simulator.confirmsPaymentsAutomatically()).isFalse();
            assertThat(simulator.payment(WalletProvider.ALIPAY, request.payment())).hasValueSatisfying(payment ->
                    assertThat(payment.isOpen()).isTrue());
            assertThat(balance()).isEqualTo(888_800);
            assertThat(simulator.notificationAttempts()).isEmpty();
        }
    }

    private PaymentRequest paymentRequest() {
        return new PaymentRequest(WalletProvider.ALIPAY, agreement, new PaymentId(UUID.randomUUID()), "2611 2204 5584",
                AMOUNT, PAY_RETURN_URL);
    }

    private long balance() {
        return simulator.account(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow().balanceFen();
    }
}
