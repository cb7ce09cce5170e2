package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Optional;

/**
 * Keys that clients send with a request so that sending it again, after a timeout or a double click, has
 * the effect of sending it once. A key belongs to a scope (whose key it is, for which operation) and
 * remembers a fingerprint of the request that claimed it, and that request's result once it has one.
 * <p>
 * Each method commits on its own when called outside a transaction, so that a claim is visible to
 * concurrent requests at once.
 */
public interface IdempotencyKeys {

    /**
     * Claims the key for a request. True if this call claimed it; false if it was claimed before, in which
     * case {@link #find} tells by which request and with what result.
     */
    boolean claim(String scope, String key, String fingerprint, Instant now, Instant keepUntil);

    Optional<IdempotencyRecord> find(String scope, String key);

    /** Records the result of the request that claimed the key. */
    void complete(String scope, String key, String result);

    /** Lets the key go again, when the request that claimed it failed before it had any effect. */
    void release(String scope, String key);

    /** Forgets keys kept until before {@code now}; answers how many. */
    int forgetExpired(Instant now);

    /**
     * A claimed key.
     *
     * @param result empty while the request that claimed it is still running
     */
    record IdempotencyRecord(String fingerprint, Optional<String> result, Instant claimedAt) {
    }
}
