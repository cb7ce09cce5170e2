package org.hexmall.simulator.wallet.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the simulated providers keep the notifications still to deliver, so that a provider that stops and starts
 * again resumes them, as a real provider's queue survives its restarts. Each attempt is claimed first: of two
 * threads or nodes that would make the same attempt, one does.
 */
public interface PendingNotifications {

    void add(PendingNotification notification);

    Optional<PendingNotification> find(String id);

    /** Every pending notification, the soonest due first. */
    List<PendingNotification> all();

    /**
     * Claims the next attempt of a notification: true, and the notification now counts {@code attemptsMade + 1}
     * attempts with the next one due at {@code nextAttemptAt}, only if it still counted {@code attemptsMade}.
     */
    boolean claim(String id, int attemptsMade, Instant nextAttemptAt);

    /** The store acknowledged it, or the provider gave up: nothing more is sent. */
    void remove(String id);
}
