package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.ORDER_NUMBER;
import static org.hexmall.simulator.wallet.TestWallets.PAY_RETURN_URL;
import static org.hexmall.simulator.wallet.TestWallets.newPaymentId;
import static org.hexmall.simulator.wallet.TestWallets.signed;

import java.io.IOException;
import java.time.Duration;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.PaymentAnswer;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.api.PaymentStatusAnswer;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SIMULATED switch that benchmarks and demos use: with it on, a new payment is paid at once, as if its customer
 * had typed the right payment password, and the store learns of it from the signed notification alone.
 */
class ConfirmingPaymentsAutomaticallyTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String PASSWORD = "135790";
    private static final long AMOUNT_FEN = 123_450;

    private final WalletSimulator simulator = TestWallets.simulator();
    private final String agreement;

    ConfirmingPaymentsAutomaticallyTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, PASSWORD);
        agreement = TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, PASSWORD);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aNewPaymentIsChargedOnceAndTheStoreIsNotifiedSigned() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(endpoint.baseUrl());
            simulator.confirmPaymentsAutomatically(true);
            PaymentId payment = newPaymentId();

            PaymentAnswer answer = askFor(payment);

            assertThat(answer).isInstanceOf(PaymentAnswer.PayPage.class);
            Poll.until(DEADLINE, "the store notified, and the provider recorded its answer",
                    () -> !simulator.notifications().attempts().isEmpty()
                            && simulator.notifications().awaitingAcknowledgement() == 0);
            SimulatedPayment paid = simulator.payments().find(WalletProvider.ALIPAY, payment).orElseThrow();
            assertThat(paid.status()).isEqualTo(PaymentState.PAID);
            assertThat(endpoint.received()).singleElement().satisfies(received -> {
                assertThat(received.path()).isEqualTo("/wallet-notify/alipay");
                assertThat(signed(WalletProvider.ALIPAY, received.parameters()))
                        .containsEntry("type", "payment_succeeded").containsEntry("payment", payment.toString())
                        .containsEntry("order_number", ORDER_NUMBER).containsEntry("amount_fen", "123450")
                        .containsEntry("transaction", paid.transaction()).containsEntry("wrong_passwords", "0");
            });
            assertThat(balance()).isEqualTo(888_800 - 123_450);
            assertThat(simulator.providerApi().queryPayment(WalletProvider.ALIPAY, payment).join())
                    .isEqualTo(new PaymentStatusAnswer.Found(PaymentState.PAID, AMOUNT_FEN, paid.transaction(), null));
        }
    }

    @Test
    void theCustomerTypingThePasswordAfterwardsChargesNothingMore() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(endpoint.baseUrl());
            simulator.confirmPaymentsAutomatically(true);
            PaymentId payment = newPaymentId();
            var page = (PaymentAnswer.PayPage) askFor(payment);
            Poll.until(DEADLINE, "the store notified, and the provider recorded its answer",
                    () -> !simulator.notifications().attempts().isEmpty()
                            && simulator.notifications().awaitingAcknowledgement() == 0);

            PayAttempt again = simulator.payments().pay(WalletProvider.ALIPAY,
                    TestWallets.lastSegmentOf(page.url()), PASSWORD);
            askFor(payment);

            assertThat(again).isInstanceOf(PayAttempt.Paid.class);
            assertThat(balance()).as("charged once").isEqualTo(888_800 - 123_450);
            assertThat(simulator.payments().all()).hasSize(1);
            assertThat(simulator.notifications().attempts()).hasSize(1);
        }
    }

    @Test
    void offUnlessSwitchedOnSoThePaymentWaitsForItsCustomer() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(endpoint.baseUrl());
            PaymentId payment = newPaymentId();

            askFor(payment);

            assertThat(simulator.confirmsPaymentsAutomatically()).isFalse();
            assertThat(simulator.payments().find(WalletProvider.ALIPAY, payment)).hasValueSatisfying(open ->
                    assertThat(open.isOpen()).isTrue());
            assertThat(balance()).isEqualTo(888_800);
            assertThat(simulator.notifications().attempts()).isEmpty();
        }
    }

    /** The store asks for the payment, as its gateway would. */
    private PaymentAnswer askFor(PaymentId payment) {
        return simulator.providerApi().createPayment(WalletProvider.ALIPAY, agreement, payment, ORDER_NUMBER,
                AMOUNT_FEN, PAY_RETURN_URL).join();
    }

    private long balance() {
        return simulator.accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow().balanceFen();
    }
}
