package org.hexmall.application.service.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;
import org.hexmall.application.port.out.persistence.IdempotencyKeys.IdempotencyRecord;

/**
 * Runs a request once per idempotency key. The first request with a key claims it and runs; its result is
 * kept with the key. The same request again, even while the first still runs, gets the first result; a
 * different request with the same key gets neither. Claims are committed at once, so that concurrent
 * requests with one key see each other.
 */
public final class IdempotentRequests {

    /** Longer keys are refused: a key is an identifier, not a payload. */
    public static final int MAX_KEY_LENGTH = 255;
    /** How long a repeated request waits for the first one to finish before it answers "still running". */
    private static final int WAIT_POLLS = 250;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final IdempotencyKeys keys;
    private final Duration lifetime;
    private final Clock clock;

    public IdempotentRequests(IdempotencyKeys keys, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** How a kind of request turns its results into text kept with the key, and back. */
    public interface Results<R> {
        String encode(R result);

        R decode(String stored);

        /** The answer when the key was used for a different request. */
        R keyReused();

        /** The answer when the first request with the key is still running. */
        R keyInUse();
    }

    /**
     * @param scope       whose keys, for which operation: keys of different scopes never meet
     * @param fingerprint what the request asks, so that a different request with the same key is recognized
     */
    public <R> R run(String scope, Optional<String> key, String fingerprint, Results<R> results, Supplier<R> request) {
        if (key.isEmpty()) {
            return request.get();
        }
        String validKey = valid(key.get());
        Instant now = clock.instant();
        for (int poll = 0; poll <= WAIT_POLLS; poll++) {
            if (keys.claim(scope, validKey, fingerprint, now, now.plus(lifetime))) {
                return runClaimed(scope, validKey, results, request);
            }
            Optional<IdempotencyRecord> earlier = keys.find(scope, validKey);
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    return results.keyReused();
                }
                if (earlier.get().result().isPresent()) {
                    return results.decode(earlier.get().result().get());
                }
            }
            pause();
        }
        return results.keyInUse();
    }

    private <R> R runClaimed(String scope, String key, Results<R> results, Supplier<R> request) {
        R result;
        try {
            result = request.get();
        } catch (RuntimeException failed) {
            // It answered nothing to repeat: the next request with the key may try afresh.
            keys.release(scope, key);
            throw failed;
        }
        keys.complete(scope, key, results.encode(result));
        return result;
    }

    private static String valid(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidCommandException(List.of(new FieldError("idempotencyKey", "idempotency-key.invalid",
                    List.of(MAX_KEY_LENGTH))));
        }
        return key;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an earlier request with the same key",
                    interrupted);
        }
    }
}
