package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.PendingReplacement;
import org.hexmall.domain.wallet.PendingReplacementId;

/** Kept replacement wallets in memory, by id; each is an immutable record. */
public final class InMemoryPendingReplacements implements PendingReplacements {

    private final StoreLock lock;
    private final Map<PendingReplacementId, PendingReplacement> byId = new LinkedHashMap<>();

    InMemoryPendingReplacements(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(PendingReplacement pending) {
        lock.run(() -> {
            if (byId.putIfAbsent(pending.id(), pending) != null) {
                throw new IllegalStateException("a kept wallet with this id exists: " + pending.id());
            }
        });
    }

    @Override
    public Optional<PendingReplacement> find(CustomerId customer, PendingReplacementId id, Instant now) {
        return lock.call(() -> Optional.ofNullable(byId.get(id))
                .filter(pending -> pending.customerId().equals(customer) && pending.isKeptAt(now)));
    }

    @Override
    public int removeEnded(Instant now) {
        return lock.call(() -> {
            int before = byId.size();
            byId.values().removeIf(pending -> !pending.isKeptAt(now));
            return before - byId.size();
        });
    }

    RestorePoint restorePoint() {
        Map<PendingReplacementId, PendingReplacement> saved = new LinkedHashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }
}
