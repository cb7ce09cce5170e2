package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.domain.security.LoginThrottle;

/** The throttles of unknown logins in memory, each with the time until which it must be kept. */
public final class InMemoryLoginThrottles implements LoginThrottles {

    private record Kept(LoginThrottle throttle, Instant keepUntil) {
    }

    private final StoreLock lock;
    private final Map<String, Kept> byKey = new HashMap<>();

    InMemoryLoginThrottles(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public LoginThrottle find(String loginKey) {
        return lock.call(() -> {
            Kept kept = byKey.get(loginKey);
            return kept == null ? LoginThrottle.CLEAR : kept.throttle();
        });
    }

    @Override
    public void keep(String loginKey, LoginThrottle throttle, Instant keepUntil) {
        lock.run(() -> byKey.put(loginKey, new Kept(throttle, keepUntil)));
    }

    @Override
    public int forgetExpired(Instant now) {
        return lock.call(() -> {
            int before = byKey.size();
            byKey.values().removeIf(kept -> kept.keepUntil().isBefore(now));
            return before - byKey.size();
        });
    }

    RestorePoint restorePoint() {
        Map<String, Kept> saved = new HashMap<>(byKey);
        return () -> {
            byKey.clear();
            byKey.putAll(saved);
        };
    }
}
