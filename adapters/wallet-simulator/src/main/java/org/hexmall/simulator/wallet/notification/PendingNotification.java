package org.hexmall.simulator.wallet.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A notification the store has not acknowledged yet, and that the provider has not given up on: what it says
 * (unsigned, as each attempt is signed afresh), how many attempts were made, and when the next one is due.
 *
 * @param attemptsMade  0 before the first attempt
 * @param nextAttemptAt when the next attempt is due: the first one's time, or the retry's after a failed attempt
 */
public record PendingNotification(String id, WalletProvider provider, MessageType type, Map<String, String> fields,
                                  int attemptsMade, Instant nextAttemptAt) {

    public PendingNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        fields = new TreeMap<>(fields);
        if (attemptsMade < 0) {
            throw new IllegalArgumentException("attempts made cannot be negative");
        }
    }

    /** The same notification once attempt {@code attemptsMade + 1} is under way, the next one due at {@code next}. */
    public PendingNotification attempting(Instant next) {
        return new PendingNotification(id, provider, type, fields, attemptsMade + 1, next);
    }
}
