package org.hexmall.application.service.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.out.persistence.IdempotencyKeyTakenException;
import org.hexmall.application.port.out.persistence.IdempotencyKeys.IdempotencyRecord;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;
import org.hexmall.application.port.out.persistence.TransactionRunner;

/**
 * Runs a request once per idempotency key. The request runs in one transaction, and its key is recorded with its
 * result as the last step of that same transaction: the request and its key are kept together or not at all. The
 * same request sent again finds the key taken, its own transaction undone, and answers what the first one
 * answered; a different request with the same key gets neither. No request ever waits for another here: two at
 * once take turns at the database's unique key, and the second finds the first one's result.
 */
public final class IdempotentRequests {

    private final IdempotencyKeys keys;
    private final TransactionRunner transactions;
    private final Duration lifetime;
    private final Clock clock;

    public IdempotentRequests(IdempotencyKeys keys, TransactionRunner transactions, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** How a kind of request keeps its results as text with the key, and reads them back. */
    public interface Results<R> {

        /** The text kept with the key; empty when the result is not an answer to repeat, but a step on the way. */
        Optional<String> encode(R result);

        /** The result kept as {@code stored}; throws {@link IllegalStateException} for text it never wrote. */
        R decode(String stored);

        /** The answer when the key came with a different request before. */
        R keyReused();
    }

    /**
     * @param scope       whose keys, for which operation: keys of different scopes never meet
     * @param fingerprint what the request asks, so that a different request with the same key is recognised
     */
    public <R> R inTransaction(String scope, Optional<IdempotencyKey> key, String fingerprint, Results<R> results,
                               Supplier<R> request) {
        if (key.isEmpty()) {
            return transactions.inTransaction(request);
        }
        String value = key.get().value();
        try {
            return transactions.inTransaction(() -> {
                R result = request.get();
                Instant now = clock.instant();
                results.encode(result).ifPresent(text ->
                        keys.record(scope, value, fingerprint, text, now, now.plus(lifetime)));
                return result;
            });
        } catch (IdempotencyKeyTakenException sentBefore) {
            IdempotencyRecord earlier = transactions.withoutTransaction(() -> keys.find(scope, value))
                    .orElseThrow(() -> new IllegalStateException("key taken but not found in " + scope, sentBefore));
            return earlier.fingerprint().equals(fingerprint) ? results.decode(earlier.result()) : results.keyReused();
        }
    }
}
