package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;

/**
 * Idempotency keys in memory. Every call holds the one lock of all stores, so of concurrent claims of a key
 * exactly one finds it free; outside a transaction a claim is seen by the others as soon as it returns.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    /** A key is only unique within its scope. */
    private record ScopedKey(String scope, String key) {
    }

    /** A claimed key as stored: the record the port hands out, and until when it must be kept. */
    private record ClaimedKey(IdempotencyRecord record, Instant keepUntil) {

        ClaimedKey completedWith(String result) {
            return new ClaimedKey(new IdempotencyRecord(record.fingerprint(), Optional.of(result),
                    record.claimedAt()), keepUntil);
        }
    }

    private final StoreLock lock;
    private final Map<ScopedKey, ClaimedKey> claimed = new HashMap<>();

    InMemoryIdempotencyKeys(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public boolean claim(String scope, String key, String fingerprint, Instant now, Instant keepUntil) {
        ClaimedKey claim = new ClaimedKey(new IdempotencyRecord(fingerprint, Optional.empty(), now), keepUntil);
        return lock.call(() -> claimed.putIfAbsent(new ScopedKey(scope, key), claim) == null);
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return lock.call(() -> Optional.ofNullable(claimed.get(new ScopedKey(scope, key))).map(ClaimedKey::record));
    }

    @Override
    public void complete(String scope, String key, String result) {
        lock.run(() -> {
            ClaimedKey claim = claimed.get(new ScopedKey(scope, key));
            if (claim == null) {
                throw new IllegalStateException("only a claimed key gets a result");
            }
            claimed.put(new ScopedKey(scope, key), claim.completedWith(result));
        });
    }

    @Override
    public void release(String scope, String key) {
        lock.run(() -> claimed.remove(new ScopedKey(scope, key)));
    }

    @Override
    public int forgetExpired(Instant now) {
        return lock.call(() -> {
            int before = claimed.size();
            claimed.values().removeIf(claim -> claim.keepUntil().isBefore(now));
            return before - claimed.size();
        });
    }

    RestorePoint restorePoint() {
        // The stored records are immutable, so copying the map is enough.
        Map<ScopedKey, ClaimedKey> saved = new HashMap<>(claimed);
        return () -> {
            claimed.clear();
            claimed.putAll(saved);
        };
    }
}
