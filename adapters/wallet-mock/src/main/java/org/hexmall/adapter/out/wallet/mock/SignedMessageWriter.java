package org.hexmall.adapter.out.wallet.mock;

import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The provider's side of the signatures: writes the signed messages a simulated provider sends back to the
 * store, each with a fresh nonce and the time it was issued.
 */
final class SignedMessageWriter {

    private final ProviderSecrets secrets;
    private final Clock clock;

    SignedMessageWriter(ProviderSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    Map<String, String> authorizationApproved(WalletProvider provider, String state, String agreementToken) {
        return signed(provider, MessageType.AUTHORIZATION_APPROVED,
                Map.of(MessageFields.STATE, state, MessageFields.AGREEMENT_TOKEN, agreementToken));
    }

    Map<String, String> authorizationRejected(WalletProvider provider, String state) {
        return signed(provider, MessageType.AUTHORIZATION_REJECTED, Map.of(MessageFields.STATE, state));
    }

    Map<String, String> agreementCancelled(WalletProvider provider, String agreementToken) {
        return signed(provider, MessageType.AGREEMENT_CANCELLED,
                Map.of(MessageFields.AGREEMENT_TOKEN, agreementToken));
    }

    /** Sorted by name, which is how they are signed, and how they read best in a URL. */
    private Map<String, String> signed(WalletProvider provider, MessageType type, Map<String, String> fields) {
        Map<String, String> message = new TreeMap<>(fields);
        message.put(MessageFields.TYPE, type.wireName());
        message.put(MessageFields.PROVIDER, ProviderSlugs.slugOf(provider));
        message.put(MessageFields.NONCE, SimulatorTokens.next());
        message.put(MessageFields.TIMESTAMP, Long.toString(clock.instant().getEpochSecond()));
        message.put(ParameterSignature.SIGN, ParameterSignature.sign(secrets.of(provider), message));
        return Collections.unmodifiableMap(message);
    }
}
