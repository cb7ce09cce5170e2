package org.hexmall.adapter.out.wallet.mock;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The store's side of the signatures: checks that a message really comes from the provider, then reads it.
 * Anything wrong makes it {@link ProviderMessage.Unverifiable}, never an exception: the parameters come from
 * a browser or the network, where anyone can write anything. Replays and stale messages are the store's to
 * refuse, with the nonce and issue time read here.
 */
final class SignedMessageReader {

    private final ProviderSecrets secrets;

    SignedMessageReader(ProviderSecrets secrets) {
        this.secrets = secrets;
    }

    ProviderMessage read(WalletProvider provider, Map<String, String> parameters) {
        if (!provider.isSupported()) {
            return unverifiable("hexmall does not support " + provider + ", so no message from it is trusted");
        }
        if (parameters == null || !parameters.containsKey(ParameterSignature.SIGN)) {
            return unverifiable("no signature");
        }
        if (!ParameterSignature.isValid(secrets.of(provider), parameters)) {
            return unverifiable("the signature does not match the parameters");
        }
        if (!ProviderSlugs.slugOf(provider).equals(parameters.get(MessageFields.PROVIDER))) {
            return unverifiable("the message names another provider");
        }
        String nonce = parameters.get(MessageFields.NONCE);
        Optional<Instant> issuedAt = epochSeconds(parameters.get(MessageFields.TIMESTAMP));
        if (nonce == null || nonce.isBlank() || issuedAt.isEmpty()) {
            return unverifiable("no nonce or no valid timestamp");
        }
        Optional<MessageType> type = MessageType.fromWireName(parameters.get(MessageFields.TYPE));
        if (type.isEmpty()) {
            return unverifiable("unknown message type");
        }
        String state = parameters.get(MessageFields.STATE);
        String agreementToken = parameters.get(MessageFields.AGREEMENT_TOKEN);
        return switch (type.get()) {
            case AUTHORIZATION_APPROVED -> state == null || agreementToken == null
                    ? unverifiable("an approval needs a state and an agreement token")
                    : new ProviderMessage.AuthorizationApproved(state, agreementToken, nonce, issuedAt.get());
            case AUTHORIZATION_REJECTED -> state == null
                    ? unverifiable("a rejection needs a state")
                    : new ProviderMessage.AuthorizationRejected(state, nonce, issuedAt.get());
            case AGREEMENT_CANCELLED -> agreementToken == null
                    ? unverifiable("a cancellation needs an agreement token")
                    : new ProviderMessage.AgreementCancelled(agreementToken, nonce, issuedAt.get());
        };
    }

    private static Optional<Instant> epochSeconds(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException | DateTimeException notATime) {
            return Optional.empty();
        }
    }

    private static ProviderMessage unverifiable(String why) {
        return new ProviderMessage.Unverifiable(why);
    }
}
