package org.hexmall.simulator.wallet.notification;

import java.util.List;

/** Where the simulated providers record each attempt to deliver a notification, for tests and the demo page. */
public interface NotificationLog {

    void add(NotificationAttempt attempt);

    /** Every delivery attempt, in the order they were made. */
    List<NotificationAttempt> all();
}
