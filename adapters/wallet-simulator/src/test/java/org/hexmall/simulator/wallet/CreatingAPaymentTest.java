package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.ORDER_NUMBER;
import static org.hexmall.simulator.wallet.TestWallets.PAY_RETURN_URL;
import static org.hexmall.simulator.wallet.TestWallets.newPaymentId;

import java.util.List;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.PaymentAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A provider keeps one payment per merchant payment id, however often and however fast the merchant asks. */
class CreatingAPaymentTest {

    private static final String PASSWORD = "135790";

    private final WalletSimulator simulator = TestWallets.simulator();
    private final String agreement;

    CreatingAPaymentTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, PASSWORD);
        agreement = TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, PASSWORD);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void twoHundredIdenticalRequestsAtOnceCreateOnePayment() {
        PaymentId payment = newPaymentId();

        List<PaymentAnswer> answers = Concurrently.run(200, attempt -> askFor(payment, 123_450));

        assertThat(answers).containsOnly(answers.getFirst()).first().isInstanceOf(PaymentAnswer.PayPage.class);
        assertThat(simulator.payments().all()).hasSize(1);
    }

    @Test
    void theFirstRequestStandsWhenTheSamePaymentIsAskedForWithAnotherAmount() {
        PaymentId payment = newPaymentId();

        PaymentAnswer first = askFor(payment, 123_450);
        PaymentAnswer second = askFor(payment, 1);

        assertThat(second).isEqualTo(first);
        assertThat(simulator.payments().find(WalletProvider.ALIPAY, payment)).hasValueSatisfying(kept ->
                assertThat(kept.amountFen()).isEqualTo(123_450));
    }

    private PaymentAnswer askFor(PaymentId payment, long amountFen) {
        return simulator.providerApi().createPayment(WalletProvider.ALIPAY, agreement, payment, ORDER_NUMBER,
                amountFen, PAY_RETURN_URL).join();
    }
}
