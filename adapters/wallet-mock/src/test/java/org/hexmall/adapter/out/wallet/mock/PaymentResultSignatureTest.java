package org.hexmall.adapter.out.wallet.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.CLOCK;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.NOW;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.PAY_RETURN_URL;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.SECRETS;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store trusts a payment's result only if the provider signed exactly what it reads: the amount, the order,
 * the outcome. A shopper who edits the return URL gets nothing the store would act on.
 */
class PaymentResultSignatureTest {

    private static final PaymentId PAYMENT = new PaymentId(UUID.fromString("7c1f4b2e-5d3a-4e8f-9b6c-2a1d0e9f8c7b"));

    private final SignedMessageWriter provider = new SignedMessageWriter(SECRETS, CLOCK);
    private final SignedMessageReader store = new SignedMessageReader(SECRETS);

    private final SimulatedPayment open = SimulatedPayment.open("pay-1",
            Agreement.signed("agreement-1", WalletProvider.ALIPAY, LI_LEI_PHONE, NOW), PAYMENT, "2611 2204 5584",
            123_450, PAY_RETURN_URL, NOW);
    private final Map<String, String> succeeded = provider.paymentResult(
            open.paid("2026112222001400000000000001", NOW));

    @Test
    void aSuccessIsReadAsWhatItSays() {
        assertThat(store.read(WalletProvider.ALIPAY, succeeded)).isEqualTo(new ProviderMessage.PaymentSucceeded(
                PAYMENT, "2611 2204 5584", Money.ofYuan(1_234, 50), "2026112222001400000000000001", 0,
                succeeded.get("nonce"), NOW));
        assertThat(succeeded).containsEntry("type", "payment_succeeded").containsEntry("amount_fen", "123450")
                .containsEntry("payment", PAYMENT.toString()).containsEntry("order_number", "2611 2204 5584");
    }

    @Test
    void aLockedPasswordSaysUntilWhen() {
        var lockedUntil = NOW.plus(Duration.ofHours(3));
        Map<String, String> failed = provider.paymentResult(
                open.failed(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, null, lockedUntil, NOW));

        assertThat(store.read(WalletProvider.ALIPAY, failed)).isEqualTo(new ProviderMessage.PaymentFailed(PAYMENT,
                "2611 2204 5584", Money.ofYuan(1_234, 50), PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, 0,
                OptionalInt.empty(), Optional.of(lockedUntil), failed.get("nonce"), NOW));
        assertThat(failed).containsEntry("reason", "payment_password_locked")
                .containsEntry("locked_until", Long.toString(lockedUntil.getEpochSecond()));
    }

    @Test
    void aLockEndingWithinASecondIsSaidAsTheNextWholeSecond() {
        var lockedUntil = NOW.plus(Duration.ofHours(3)).plusMillis(250);
        Map<String, String> failed = provider.paymentResult(
                open.failed(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, null, lockedUntil, NOW));

        assertThat(store.read(WalletProvider.ALIPAY, failed)).isInstanceOfSatisfying(
                ProviderMessage.PaymentFailed.class,
                read -> assertThat(read.lockedUntil()).contains(NOW.plus(Duration.ofHours(3)).plusSeconds(1)));
    }

    @Test
    void aWrongPasswordSaysHowManyAttemptsAreLeftAndACancellationIsReadToo() {
        Map<String, String> wrong = provider.paymentResult(
                open.failed(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, 2, null, NOW));
        Map<String, String> cancelled = provider.paymentResult(open.cancelled(NOW));

        assertThat(store.read(WalletProvider.ALIPAY, wrong)).isInstanceOfSatisfying(ProviderMessage.PaymentFailed.class,
                failed -> {
                    assertThat(failed.reason()).isEqualTo(PaymentFailureReason.WRONG_PAYMENT_PASSWORD);
                    assertThat(failed.attemptsLeft()).hasValue(2);
                    assertThat(failed.lockedUntil()).isEmpty();
                });
        assertThat(store.read(WalletProvider.ALIPAY, cancelled)).isEqualTo(new ProviderMessage.PaymentCancelled(
                PAYMENT, "2611 2204 5584", Money.ofYuan(1_234, 50), 0, cancelled.get("nonce"), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "provider", "payment", "order_number", "amount_fen", "transaction",
            "wrong_passwords", "nonce", "timestamp"})
    void changingAnyParameterMakesTheResultUntrusted(String name) {
        Map<String, String> tampered = new HashMap<>(succeeded);
        tampered.put(name, name.equals("amount_fen") ? "1" : tampered.get(name) + "1");

        assertThat(store.read(WalletProvider.ALIPAY, tampered)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"payment", "order_number", "amount_fen", "transaction", "wrong_passwords"})
    void aCorrectlySignedResultMissingAFieldIsUntrusted(String name) {
        Map<String, String> shortened = new HashMap<>(succeeded);
        shortened.remove(name);
        resign(shortened);

        assertThat(store.read(WalletProvider.ALIPAY, shortened)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"payment=not-a-uuid", "payment=7C1F4B2E-5D3A-4E8F-9B6C-2A1D0E9F8C7B", "amount_fen=-1",
            "amount_fen=12.50", "amount_fen= 1", "amount_fen=99999999999999999999", "wrong_passwords=two",
            "order_number=", "transaction= "})
    void aCorrectlySignedResultWithAMalformedFieldIsUntrusted(String field) {
        Map<String, String> malformed = new HashMap<>(succeeded);
        String[] nameAndValue = field.split("=", 2);
        malformed.put(nameAndValue[0], nameAndValue[1]);
        resign(malformed);

        assertThat(store.read(WalletProvider.ALIPAY, malformed)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"card_expired", "wallet_not_bound", "provider_unavailable", "INSUFFICIENT_BALANCE", ""})
    void aCorrectlySignedFailureWithAReasonNoProviderGivesIsUntrusted(String reason) {
        Map<String, String> failed = new HashMap<>(provider.paymentResult(
                open.failed(PaymentFailureReason.INSUFFICIENT_BALANCE, null, null, NOW)));
        failed.put("reason", reason);
        resign(failed);

        assertThat(store.read(WalletProvider.ALIPAY, failed))
                .isEqualTo(new ProviderMessage.Unverifiable("a failed payment needs a reason the providers give"));
    }

    @Test
    void aCorrectlySignedWrongPasswordWithoutTheAttemptsLeftOrALockWithoutItsEndIsUntrusted() {
        Map<String, String> wrong = new HashMap<>(provider.paymentResult(
                open.failed(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, 2, null, NOW)));
        wrong.remove("attempts_left");
        resign(wrong);
        Map<String, String> locked = new HashMap<>(provider.paymentResult(
                open.failed(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, null, NOW.plusSeconds(60), NOW)));
        locked.put("locked_until", "tomorrow");
        resign(locked);

        assertThat(store.read(WalletProvider.ALIPAY, wrong)).isInstanceOf(ProviderMessage.Unverifiable.class);
        assertThat(store.read(WalletProvider.ALIPAY, locked)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aResultSignedByAnotherProviderIsUntrusted() {
        assertThat(store.read(WalletProvider.WECHAT_PAY, succeeded)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    private static void resign(Map<String, String> parameters) {
        parameters.put("sign", ParameterSignature.sign(SECRETS.of(WalletProvider.ALIPAY), parameters));
    }
}
