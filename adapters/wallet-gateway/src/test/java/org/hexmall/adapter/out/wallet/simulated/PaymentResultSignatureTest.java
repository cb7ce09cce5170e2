package org.hexmall.adapter.out.wallet.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.CLOCK;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.NOW;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.SECRETS;

import java.time.Duration;
import java.time.Instant;
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
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.ParameterSignature;
import org.hexmall.simulator.wallet.notification.SignedMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store trusts a payment's result only if the provider signed exactly what it reads: the amount, the order,
 * the outcome. A shopper who edits the return URL gets nothing the store would act on.
 */
class PaymentResultSignatureTest {

    private static final PaymentId PAYMENT = new PaymentId(UUID.fromString("7c1f4b2e-5d3a-4e8f-9b6c-2a1d0e9f8c7b"));
    private static final Money AMOUNT = Money.ofYuan(1_234, 50);
    private static final String TRANSACTION = "2026112222001400000000000001";

    private final SignedMessages provider = new SignedMessages(SECRETS, CLOCK);
    private final SignedMessageReader store = new SignedMessageReader(SECRETS);

    private final Map<String, String> succeeded = result(MessageType.PAYMENT_SUCCEEDED, Map.of(
            "transaction", TRANSACTION));

    @Test
    void aSuccessIsReadAsWhatItSays() {
        assertThat(store.read(WalletProvider.ALIPAY, succeeded)).isEqualTo(new ProviderMessage.PaymentSucceeded(
                PAYMENT, "2611 2204 5584", AMOUNT, TRANSACTION, 0, succeeded.get("nonce"), NOW));
    }

    @Test
    void aLockedPasswordSaysUntilWhen() {
        Instant lockedUntil = NOW.plus(Duration.ofHours(3));
        Map<String, String> failed = result(MessageType.PAYMENT_FAILED, Map.of("reason", "payment_password_locked",
                "locked_until", Long.toString(lockedUntil.getEpochSecond())));

        assertThat(store.read(WalletProvider.ALIPAY, failed)).isEqualTo(new ProviderMessage.PaymentFailed(PAYMENT,
                "2611 2204 5584", AMOUNT, PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, 0, OptionalInt.empty(),
                Optional.of(lockedUntil), failed.get("nonce"), NOW));
    }

    @Test
    void aWrongPasswordSaysHowManyAttemptsAreLeftAndACancellationIsReadToo() {
        Map<String, String> wrong = result(MessageType.PAYMENT_FAILED, Map.of("reason", "wrong_payment_password",
                "attempts_left", "2"));
        Map<String, String> cancelled = result(MessageType.PAYMENT_CANCELLED, Map.of());

        assertThat(store.read(WalletProvider.ALIPAY, wrong)).isInstanceOfSatisfying(ProviderMessage.PaymentFailed.class,
                failed -> {
                    assertThat(failed.reason()).isEqualTo(PaymentFailureReason.WRONG_PAYMENT_PASSWORD);
                    assertThat(failed.attemptsLeft()).hasValue(2);
                    assertThat(failed.lockedUntil()).isEmpty();
                });
        assertThat(store.read(WalletProvider.ALIPAY, cancelled)).isEqualTo(new ProviderMessage.PaymentCancelled(
                PAYMENT, "2611 2204 5584", AMOUNT, 0, cancelled.get("nonce"), NOW));
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
        Map<String, String> failed = result(MessageType.PAYMENT_FAILED, Map.of("reason", reason));

        assertThat(store.read(WalletProvider.ALIPAY, failed))
                .isEqualTo(new ProviderMessage.Unverifiable("a failed payment needs a reason the providers give"));
    }

    @Test
    void aCorrectlySignedWrongPasswordWithoutTheAttemptsLeftOrALockWithoutItsEndIsUntrusted() {
        Map<String, String> wrong = result(MessageType.PAYMENT_FAILED, Map.of("reason", "wrong_payment_password"));
        Map<String, String> locked = result(MessageType.PAYMENT_FAILED, Map.of("reason", "payment_password_locked",
                "locked_until", "tomorrow"));

        assertThat(store.read(WalletProvider.ALIPAY, wrong)).isInstanceOf(ProviderMessage.Unverifiable.class);
        assertThat(store.read(WalletProvider.ALIPAY, locked)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aResultSignedByAnotherProviderIsUntrusted() {
        assertThat(store.read(WalletProvider.WECHAT_PAY, succeeded)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    /** A result of the payment of ¥1,234.50 for order 2611 2204 5584, with these fields besides, signed by Alipay. */
    private Map<String, String> result(MessageType type, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.putAll(Map.of("payment", PAYMENT.toString(), "order_number", "2611 2204 5584", "amount_fen", "123450",
                "wrong_passwords", "0"));
        return provider.sign(WalletProvider.ALIPAY, type, all);
    }

    private static void resign(Map<String, String> parameters) {
        parameters.put("sign", ParameterSignature.sign(SECRETS, WalletProvider.ALIPAY, parameters));
    }
}
