package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.application.port.out.persistence.WorkClaims;

/** Leases on background work in memory, each with the time until which it is held. */
public final class InMemoryWorkClaims implements WorkClaims {

    private record Claimed(Work work, String item) {
    }

    private final StoreLock lock;
    private final Map<Claimed, Instant> heldUntil = new HashMap<>();

    InMemoryWorkClaims(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public boolean claim(Work work, String item, Instant now, Instant until) {
        return lock.call(() -> {
            Instant held = heldUntil.get(new Claimed(work, item));
            if (held != null && held.isAfter(now)) {
                return false;
            }
            heldUntil.put(new Claimed(work, item), until);
            return true;
        });
    }

    @Override
    public void release(Work work, String item) {
        lock.call(() -> heldUntil.remove(new Claimed(work, item)));
    }

    RestorePoint restorePoint() {
        Map<Claimed, Instant> saved = new HashMap<>(heldUntil);
        return () -> {
            heldUntil.clear();
            heldUntil.putAll(saved);
        };
    }
}
