package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.IdempotencyKeyTakenException;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;

/**
 * Idempotency keys in memory. Every call holds the one lock of all stores, and a transaction holds it from start to
 * end, so of two requests with one key the second finds the first one's key, and a refused key's transaction is put
 * back as it was.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    /** A key is only unique within its scope. */
    private record ScopedKey(String scope, String key) {
    }

    /** A recorded key as stored: the record the port hands out, and until when it must be kept. */
    private record RecordedKey(IdempotencyRecord record, Instant keepUntil) {
    }

    private final StoreLock lock;
    private final Map<ScopedKey, RecordedKey> recorded = new HashMap<>();

    InMemoryIdempotencyKeys(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void record(String scope, String key, String fingerprint, String result, Instant now, Instant keepUntil) {
        RecordedKey entry = new RecordedKey(new IdempotencyRecord(fingerprint, result, now), keepUntil);
        lock.run(() -> {
            if (recorded.putIfAbsent(new ScopedKey(scope, key), entry) != null) {
                throw new IdempotencyKeyTakenException("this key came with a request before");
            }
        });
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return lock.call(() -> Optional.ofNullable(recorded.get(new ScopedKey(scope, key))).map(RecordedKey::record));
    }

    @Override
    public int forgetExpired(Instant now) {
        return lock.call(() -> {
            int before = recorded.size();
            recorded.values().removeIf(entry -> entry.keepUntil().isBefore(now));
            return before - recorded.size();
        });
    }

    RestorePoint restorePoint() {
        Map<ScopedKey, RecordedKey> saved = new HashMap<>(recorded);
        return () -> {
            recorded.clear();
            recorded.putAll(saved);
        };
    }
}
