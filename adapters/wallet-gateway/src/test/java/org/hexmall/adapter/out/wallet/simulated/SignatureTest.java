package org.hexmall.adapter.out.wallet.simulated;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.CLOCK;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.NOW;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.SECRETS;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.ParameterSignature;
import org.hexmall.simulator.wallet.notification.SignedMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store trusts a provider's message only if its signature covers exactly the parameters it received. */
class SignatureTest {

    private final SignedMessages provider = new SignedMessages(SECRETS, CLOCK);
    private final SignedMessageReader store = new SignedMessageReader(SECRETS);

    private final Map<String, String> approval = approval(provider, WalletProvider.ALIPAY, "binding-42", "agreement-7");

    @Test
    void aMessageSignedByTheProviderIsReadAsWhatItSays() {
        ProviderMessage message = store.read(WalletProvider.ALIPAY, approval);

        assertThat(message).isEqualTo(new ProviderMessage.AuthorizationApproved(
                "binding-42", "agreement-7", approval.get("nonce"), NOW));
    }

    @Test
    void rejectionsAndCancellationsAreReadToo() {
        assertThat(store.read(WalletProvider.WECHAT_PAY, provider.sign(WalletProvider.WECHAT_PAY,
                MessageType.AUTHORIZATION_REJECTED, Map.of("state", "binding-43"))))
                .isInstanceOf(ProviderMessage.AuthorizationRejected.class)
                .extracting("state").isEqualTo("binding-43");
        assertThat(store.read(WalletProvider.JD_PAY, provider.sign(WalletProvider.JD_PAY,
                MessageType.AGREEMENT_CANCELLED, Map.of("agreement_token", "agreement-8"))))
                .isInstanceOf(ProviderMessage.AgreementCancelled.class)
                .extracting("agreementToken").isEqualTo("agreement-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "provider", "state", "agreement_token", "nonce", "timestamp"})
    void changingAnyParameterMakesTheMessageUntrusted(String name) {
        Map<String, String> tampered = new HashMap<>(approval);
        tampered.put(name, tampered.get(name) + "1");

        assertThat(store.read(WalletProvider.ALIPAY, tampered)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "provider", "state", "agreement_token", "nonce", "timestamp"})
    void removingAnyParameterMakesTheMessageUntrusted(String name) {
        Map<String, String> shortened = new HashMap<>(approval);
        shortened.remove(name);

        assertThat(store.read(WalletProvider.ALIPAY, shortened)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void addingAParameterMakesTheMessageUntrusted() {
        Map<String, String> extended = new HashMap<>(approval);
        extended.put("amount", "1");

        assertThat(store.read(WalletProvider.ALIPAY, extended)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aMessageWithoutSignatureIsUntrusted() {
        Map<String, String> unsigned = new HashMap<>(approval);
        unsigned.remove("sign");

        assertThat(store.read(WalletProvider.ALIPAY, unsigned))
                .isEqualTo(new ProviderMessage.Unverifiable("no signature"));
    }

    @Test
    void aMessageSignedWithAnotherProvidersSecretIsUntrusted() {
        Map<String, String> signedByWeChat = approval(provider, WalletProvider.WECHAT_PAY, "b", "a");

        assertThat(store.read(WalletProvider.ALIPAY, signedByWeChat)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aMessageSignedWithAnotherSecretAltogetherIsUntrusted() {
        var impostor = new SignedMessages(ProviderSecrets.derivedFrom("a secret the store never shared"), CLOCK);

        assertThat(store.read(WalletProvider.ALIPAY, approval(impostor, WalletProvider.ALIPAY, "binding-42",
                "agreement-7")))
                .isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aCorrectlySignedMessageNamingAnotherProviderIsUntrusted() {
        Map<String, String> otherProvider = new HashMap<>(approval);
        otherProvider.put("provider", "wechat-pay");
        resign(WalletProvider.ALIPAY, otherProvider);

        assertThat(store.read(WalletProvider.ALIPAY, otherProvider))
                .isEqualTo(new ProviderMessage.Unverifiable("the message names another provider"));
    }

    @Test
    void aCorrectlySignedMessageOfAnUnknownTypeIsUntrusted() {
        Map<String, String> unknownType = new HashMap<>(approval);
        unknownType.put("type", "chargeback_opened");
        resign(WalletProvider.ALIPAY, unknownType);

        assertThat(store.read(WalletProvider.ALIPAY, unknownType))
                .isEqualTo(new ProviderMessage.Unverifiable("unknown message type"));
    }

    @Test
    void aCorrectlySignedMessageWithATimestampThatIsNoTimeIsUntrusted() {
        Map<String, String> badTime = new HashMap<>(approval);
        badTime.put("timestamp", "yesterday");
        resign(WalletProvider.ALIPAY, badTime);

        assertThat(store.read(WalletProvider.ALIPAY, badTime)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aMessageForAProviderHexmallDoesNotSupportIsUntrustedWithoutFailing() {
        assertThat(store.read(WalletProvider.PAYPAL, approval)).isInstanceOf(ProviderMessage.Unverifiable.class);
        assertThat(store.read(WalletProvider.ALIPAY, null)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aMessageSignedAsTheProvidersDocumentIsTrusted() {
        Map<String, String> message = new HashMap<>(Map.of("type", "authorization_rejected", "provider", "alipay",
                "state", "binding-44", "nonce", "n-1", "timestamp", Long.toString(NOW.getEpochSecond())));
        message.put("sign", hmacSha256Base64Url(SECRETS.of(WalletProvider.ALIPAY),
                "nonce=n-1&provider=alipay&state=binding-44&timestamp=" + NOW.getEpochSecond()
                        + "&type=authorization_rejected"));

        assertThat(store.read(WalletProvider.ALIPAY, message))
                .isEqualTo(new ProviderMessage.AuthorizationRejected("binding-44", "n-1", NOW));
    }

    /** An approval of the binding {@code state}, granting the agreement {@code token}, signed by the provider. */
    static Map<String, String> approval(SignedMessages provider, WalletProvider signer, String state, String token) {
        return provider.sign(signer, MessageType.AUTHORIZATION_APPROVED,
                Map.of("state", state, "agreement_token", token));
    }

    private static void resign(WalletProvider provider, Map<String, String> parameters) {
        parameters.put("sign", ParameterSignature.sign(SECRETS, provider, parameters));
    }

    private static String hmacSha256Base64Url(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(UTF_8)));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
