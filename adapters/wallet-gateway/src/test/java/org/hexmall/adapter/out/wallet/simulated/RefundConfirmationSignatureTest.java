package org.hexmall.adapter.out.wallet.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.CLOCK;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.NOW;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.SECRETS;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.SignedMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store reads WeChat Pay's confirmation of a refund it answered "processing" only when its signature checks out. */
class RefundConfirmationSignatureTest {

    private static final PaymentId PAYMENT = new PaymentId(UUID.fromString("0b7f3a52-6f1e-4c55-9d7e-2f0c1a9e4b11"));

    private final SignedMessages provider = new SignedMessages(SECRETS, CLOCK);
    private final SignedMessageReader store = new SignedMessageReader(SECRETS);

    @Test
    void aSucceededRefundIsReadWithItsNumberAmountAndReference() {
        Map<String, String> notice = provider.sign(WalletProvider.WECHAT_PAY, MessageType.REFUND_SUCCEEDED,
                fields());

        assertThat(store.read(WalletProvider.WECHAT_PAY, notice)).isInstanceOfSatisfying(
                ProviderMessage.RefundSucceeded.class, succeeded -> {
                    assertThat(succeeded.payment()).isEqualTo(PAYMENT);
                    assertThat(succeeded.refundNumber()).isEqualTo("RF-3F2A9C0D11E84B6FA0C2");
                    assertThat(succeeded.amount()).isEqualTo(Money.ofYuan(29, 90));
                    assertThat(succeeded.providerRefund()).isEqualTo("2026120612345678901234567890");
                    assertThat(succeeded.issuedAt()).isEqualTo(NOW);
                });
    }

    @Test
    void aFailedRefundIsReadWithTheProvidersReason() {
        Map<String, String> fields = fields();
        fields.put("reason", "the refund did not go through");

        assertThat(store.read(WalletProvider.WECHAT_PAY,
                provider.sign(WalletProvider.WECHAT_PAY, MessageType.REFUND_FAILED, fields)))
                .isInstanceOfSatisfying(ProviderMessage.RefundFailed.class,
                        failed -> assertThat(failed.why()).isEqualTo("the refund did not go through"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"payment", "refund_number", "amount_fen", "provider_refund", "type"})
    void changingAnyFieldMakesTheNoticeUntrusted(String name) {
        Map<String, String> notice = new HashMap<>(provider.sign(WalletProvider.WECHAT_PAY,
                MessageType.REFUND_SUCCEEDED, fields()));
        notice.put(name, name.equals("amount_fen") ? "99999" : name.equals("type") ? "refund_failed"
                : name.equals("payment") ? UUID.randomUUID().toString() : "RF-SOMETHING-ELSE");

        assertThat(store.read(WalletProvider.WECHAT_PAY, notice)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aSignedNoticeMissingItsAmountOrReferenceIsUntrusted() {
        Map<String, String> withoutAmount = fields();
        withoutAmount.remove("amount_fen");
        Map<String, String> withoutReference = fields();
        withoutReference.remove("provider_refund");

        assertThat(store.read(WalletProvider.WECHAT_PAY, provider.sign(WalletProvider.WECHAT_PAY,
                MessageType.REFUND_SUCCEEDED, withoutAmount))).isInstanceOf(ProviderMessage.Unverifiable.class);
        assertThat(store.read(WalletProvider.WECHAT_PAY, provider.sign(WalletProvider.WECHAT_PAY,
                MessageType.REFUND_SUCCEEDED, withoutReference))).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aNoticeSignedByAnotherProviderIsUntrusted() {
        Map<String, String> byAlipay = provider.sign(WalletProvider.ALIPAY, MessageType.REFUND_SUCCEEDED, fields());

        assertThat(store.read(WalletProvider.WECHAT_PAY, byAlipay)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("payment", PAYMENT.toString());
        fields.put("refund_number", "RF-3F2A9C0D11E84B6FA0C2");
        fields.put("amount_fen", "2990");
        fields.put("provider_refund", "2026120612345678901234567890");
        return fields;
    }
}
