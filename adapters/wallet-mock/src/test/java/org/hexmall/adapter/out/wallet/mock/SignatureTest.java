package org.hexmall.adapter.out.wallet.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.CLOCK;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.NOW;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.SECRETS;

import java.util.HashMap;
import java.util.Map;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store trusts a provider's message only if its signature covers exactly the parameters it received. */
class SignatureTest {

    private final SignedMessageWriter provider = new SignedMessageWriter(SECRETS, CLOCK);
    private final SignedMessageReader store = new SignedMessageReader(SECRETS);

    private final Map<String, String> approval =
            provider.authorizationApproved(WalletProvider.ALIPAY, "binding-42", "agreement-7");

    @Test
    void aMessageSignedByTheProviderIsReadAsWhatItSays() {
        ProviderMessage message = store.read(WalletProvider.ALIPAY, approval);

        assertThat(message).isEqualTo(new ProviderMessage.AuthorizationApproved(
                "binding-42", "agreement-7", approval.get("nonce"), NOW));
    }

    @Test
    void rejectionsAndCancellationsAreReadToo() {
        assertThat(store.read(WalletProvider.WECHAT_PAY,
                provider.authorizationRejected(WalletProvider.WECHAT_PAY, "binding-43")))
                .isInstanceOf(ProviderMessage.AuthorizationRejected.class)
                .extracting("state").isEqualTo("binding-43");
        assertThat(store.read(WalletProvider.JD_PAY, provider.agreementCancelled(WalletProvider.JD_PAY, "agreement-8")))
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
        Map<String, String> signedByWeChat = provider.authorizationApproved(WalletProvider.WECHAT_PAY, "b", "a");

        assertThat(store.read(WalletProvider.ALIPAY, signedByWeChat)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    @Test
    void aMessageSignedWithAnotherSecretAltogetherIsUntrusted() {
        var impostor = new SignedMessageWriter(ProviderSecrets.derivedFrom("a secret the store never shared"), CLOCK);

        assertThat(store.read(WalletProvider.ALIPAY,
                impostor.authorizationApproved(WalletProvider.ALIPAY, "binding-42", "agreement-7")))
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
        unknownType.put("type", "refund_succeeded");
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
    void everyMessageCarriesItsOwnNonceOfAtLeast128Bits() {
        Map<String, String> again = provider.authorizationApproved(WalletProvider.ALIPAY, "binding-42", "agreement-7");

        assertThat(again.get("nonce")).isNotEqualTo(approval.get("nonce"));
        assertThat(approval.get("nonce")).hasSizeGreaterThanOrEqualTo(22); // 128 bits in base64url
    }

    @Test
    void theSignedTextIsEveryOtherParameterSortedByName() {
        assertThat(ParameterSignature.canonicalString(Map.of("state", "s", "sign", "x", "nonce", "n", "type", "t")))
                .isEqualTo("nonce=n&state=s&type=t");
    }

    private static void resign(WalletProvider provider, Map<String, String> parameters) {
        parameters.put("sign", ParameterSignature.sign(SECRETS.of(provider), parameters));
    }
}
