package org.hexmall.simulator.wallet.storage.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.simulator.wallet.notification.PendingNotification;
import org.hexmall.simulator.wallet.notification.PendingNotifications;

/** The pending notifications in a map, under one lock. */
public final class InMemoryPendingNotifications implements PendingNotifications {

    private final Map<String, PendingNotification> pending = new LinkedHashMap<>();

    @Override
    public synchronized void add(PendingNotification notification) {
        pending.put(notification.id(), notification);
    }

    @Override
    public synchronized Optional<PendingNotification> find(String id) {
        return Optional.ofNullable(pending.get(id));
    }

    @Override
    public synchronized List<PendingNotification> all() {
        return pending.values().stream().sorted(Comparator.comparing(PendingNotification::nextAttemptAt)).toList();
    }

    @Override
    public synchronized boolean claim(String id, int attemptsMade, Instant nextAttemptAt) {
        PendingNotification found = pending.get(id);
        if (found == null || found.attemptsMade() != attemptsMade) {
            return false;
        }
        pending.put(id, found.attempting(nextAttemptAt));
        return true;
    }

    @Override
    public synchronized void remove(String id) {
        pending.remove(id);
    }
}
