package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Optional;

/**
 * Keys that clients send with a request so that sending it again, after a timeout or a double click, has the
 * effect of sending it once. A key belongs to a scope (whose key it is, for which operation) and is recorded
 * with a fingerprint of the request it came with and that request's result, in the request's own transaction:
 * the request and its key are kept together, or neither is.
 */
public interface IdempotencyKeys {

    /**
     * Records the key with its request's fingerprint and result. Throws {@link IdempotencyKeyTakenException} when
     * the key is recorded already in its scope, by this request sent before or by another; the transaction then
     * ends without keeping anything, and {@link #find} tells which request it was and what it answered. Call it as
     * the last step of the request's transaction.
     */
    void record(String scope, String key, String fingerprint, String result, Instant now, Instant keepUntil);

    Optional<IdempotencyRecord> find(String scope, String key);

    /** Forgets keys kept until before {@code now}; answers how many. */
    int forgetExpired(Instant now);

    /** A recorded key: the request it came with, and what that request answered. */
    record IdempotencyRecord(String fingerprint, String result, Instant recordedAt) {
    }
}
