package org.hexmall.simulator.wallet.notification;

import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.api.ProviderSlugs;

/**
 * Signs the messages a simulated provider sends back to the store, through the customer's browser or as a
 * notification: each names its type and provider, and carries a fresh nonce and the time it was issued, so that
 * the store can refuse replays and stale ones.
 */
public final class SignedMessages {

    private final ProviderSecrets secrets;
    private final Clock clock;

    public SignedMessages(ProviderSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Sorted by name, which is how they are signed, and how they read best in a URL. */
    public Map<String, String> sign(WalletProvider provider, MessageType type, Map<String, String> fields) {
        Map<String, String> message = new TreeMap<>(fields);
        message.put(MessageFields.TYPE, type.wireName());
        message.put(MessageFields.PROVIDER, ProviderSlugs.slugOf(provider));
        message.put(MessageFields.NONCE, SimulatorTokens.next());
        message.put(MessageFields.TIMESTAMP, Long.toString(clock.instant().getEpochSecond()));
        message.put(ParameterSignature.SIGN, ParameterSignature.sign(secrets, provider, message));
        return Collections.unmodifiableMap(message);
    }
}
