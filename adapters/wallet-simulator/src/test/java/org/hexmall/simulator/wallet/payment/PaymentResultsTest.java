package org.hexmall.simulator.wallet.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.CLOCK;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.NOW;
import static org.hexmall.simulator.wallet.TestWallets.PAY_RETURN_URL;
import static org.hexmall.simulator.wallet.TestWallets.SECRETS;
import static org.hexmall.simulator.wallet.TestWallets.signed;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.notification.SignedMessages;
import org.junit.jupiter.api.Test;

/** What a payment's signed result says, for each way a payment can end. */
class PaymentResultsTest {

    private static final PaymentId PAYMENT = new PaymentId(UUID.fromString("7c1f4b2e-5d3a-4e8f-9b6c-2a1d0e9f8c7b"));

    private final PaymentResults results = new PaymentResults(new SignedMessages(SECRETS, CLOCK));
    private final SimulatedPayment open = SimulatedPayment.open("pay-1",
            Agreement.signed("agreement-1", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW), PAYMENT, "2611 2204 5584",
            123_450, PAY_RETURN_URL, NOW);

    @Test
    void aSuccessNamesThePaymentTheOrderTheAmountAndTheTransaction() {
        Map<String, String> succeeded = signed(WalletProvider.ALIPAY,
                results.of(open.paid("2026112222001400000000000001", NOW)));

        assertThat(succeeded).containsEntry("type", "payment_succeeded").containsEntry("provider", "alipay")
                .containsEntry("payment", PAYMENT.toString()).containsEntry("order_number", "2611 2204 5584")
                .containsEntry("amount_fen", "123450").containsEntry("wrong_passwords", "0")
                .containsEntry("transaction", "2026112222001400000000000001")
                .containsEntry("timestamp", Long.toString(NOW.getEpochSecond())).containsKey("nonce");
    }

    @Test
    void aLockEndingWithinASecondIsSaidAsTheNextWholeSecond() {
        Instant lockedUntil = NOW.plus(Duration.ofHours(3)).plusMillis(250);

        Map<String, String> failed = results.of(
                open.failed(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, null, lockedUntil, NOW));

        assertThat(failed).containsEntry("type", "payment_failed").containsEntry("reason", "payment_password_locked")
                .containsEntry("locked_until", Long.toString(lockedUntil.getEpochSecond() + 1))
                .doesNotContainKeys("attempts_left", "transaction");
    }

    @Test
    void aWrongPasswordSaysHowManyAttemptsAreLeftAndAClosedPaymentIsCancelled() {
        Map<String, String> wrong = results.of(open.failed(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, 2, null, NOW));
        Map<String, String> closed = results.of(open.closed(NOW));

        assertThat(wrong).containsEntry("reason", "wrong_payment_password").containsEntry("attempts_left", "2")
                .doesNotContainKey("locked_until");
        assertThat(closed).containsEntry("type", "payment_cancelled").doesNotContainKeys("reason", "transaction");
    }

    @Test
    void everyMessageCarriesItsOwnNonceOfAtLeast128Bits() {
        Map<String, String> first = results.of(open.cancelled(NOW));
        Map<String, String> again = results.of(open.cancelled(NOW));

        assertThat(again.get("nonce")).isNotEqualTo(first.get("nonce"));
        assertThat(first.get("nonce")).hasSizeGreaterThanOrEqualTo(22); // 128 bits in base64url
    }
}
