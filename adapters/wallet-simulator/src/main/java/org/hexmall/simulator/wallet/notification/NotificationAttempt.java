package org.hexmall.simulator.wallet.notification;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * One try of a simulated provider to deliver a notification to the store's notify endpoint.
 *
 * @param notificationId the same for every try of one notification
 * @param attempt        1 for the first try, 2 for the first retry, ...
 * @param httpStatus     the store's answer; {@code null} when none came (refused connection, timeout, ...)
 * @param error          why no answer came; {@code null} when one did
 */
public record NotificationAttempt(String notificationId, WalletProvider provider, String messageType, int attempt,
                                  Instant attemptedAt, Integer httpStatus, String error) {

    public NotificationAttempt {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
    }

    /** True when the store answered 2xx: the provider stops retrying. */
    public boolean acknowledged() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
