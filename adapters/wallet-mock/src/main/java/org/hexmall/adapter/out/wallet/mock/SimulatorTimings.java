package org.hexmall.adapter.out.wallet.mock;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How long the simulated providers take.
 *
 * @param slowAnswer                 how late a provider with the {@link Fault#SLOW} fault answers; keep it
 *                                   below the gateway's timeout, or it is a timeout instead
 * @param notificationRetries        the waits before each retry of a notification the store has not
 *                                   acknowledged; after the last one the provider gives up
 * @param notificationRequestTimeout how long one delivery attempt waits for the store's answer
 */
public record SimulatorTimings(Duration slowAnswer, List<Duration> notificationRetries,
                               Duration notificationRequestTimeout) {

    public SimulatorTimings {
        Objects.requireNonNull(slowAnswer, "slowAnswer");
        Objects.requireNonNull(notificationRequestTimeout, "notificationRequestTimeout");
        notificationRetries = List.copyOf(notificationRetries);
    }

    /** Like a real provider's, compressed from hours into minutes so that a demo can watch them. */
    public static SimulatorTimings forDemo() {
        return new SimulatorTimings(Duration.ofSeconds(1),
                List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2)),
                Duration.ofSeconds(5));
    }
}
