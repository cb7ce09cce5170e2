package org.hexmall.simulator.wallet.storage.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.notification.NotificationLog;

/** The notification attempts in a list, in the order they were made. */
public final class InMemoryNotificationLog implements NotificationLog {

    private final List<NotificationAttempt> attempts = new CopyOnWriteArrayList<>();

    @Override
    public void add(NotificationAttempt attempt) {
        attempts.add(attempt);
    }

    @Override
    public List<NotificationAttempt> all() {
        return List.copyOf(attempts);
    }
}
