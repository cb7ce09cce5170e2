package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.application.port.out.persistence.UsedNonces;

/** Used nonces in memory, each with the time until which it must be remembered. */
public final class InMemoryUsedNonces implements UsedNonces {

    /** A nonce is only unique for the issuer that made it. */
    private record IssuedNonce(String issuer, String nonce) {
    }

    private final StoreLock lock;
    private final Map<IssuedNonce, Instant> keptUntil = new HashMap<>();

    InMemoryUsedNonces(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public boolean claim(String issuer, String nonce, Instant keepUntil) {
        return lock.call(() -> keptUntil.putIfAbsent(new IssuedNonce(issuer, nonce), keepUntil) == null);
    }

    @Override
    public int forgetExpired(Instant now) {
        return lock.call(() -> {
            int before = keptUntil.size();
            keptUntil.values().removeIf(until -> until.isBefore(now));
            return before - keptUntil.size();
        });
    }

    RestorePoint restorePoint() {
        Map<IssuedNonce, Instant> saved = new HashMap<>(keptUntil);
        return () -> {
            keptUntil.clear();
            keptUntil.putAll(saved);
        };
    }
}
