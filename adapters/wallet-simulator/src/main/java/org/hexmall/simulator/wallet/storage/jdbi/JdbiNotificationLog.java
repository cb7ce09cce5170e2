package org.hexmall.simulator.wallet.storage.jdbi;

import static org.hexmall.simulator.wallet.storage.jdbi.UtcTimestamps.utc;

import java.util.List;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.notification.NotificationLog;
import org.jdbi.v3.core.Jdbi;

/** The notification attempts in {@code mock_wallet_notification_attempts}. */
public final class JdbiNotificationLog implements NotificationLog {

    private final Jdbi jdbi;

    public JdbiNotificationLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(NotificationAttempt attempt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO mock_wallet_notification_attempts (notification_id, provider, message_type,
                            attempt, attempted_at, http_status, error)
                        VALUES (:notificationId, :provider, :messageType, :attempt, :attemptedAt, :httpStatus,
                                :error)""")
                .bind("notificationId", attempt.notificationId())
                .bind("provider", attempt.provider().name())
                .bind("messageType", attempt.messageType())
                .bind("attempt", attempt.attempt())
                .bind("attemptedAt", utc(attempt.attemptedAt()))
                .bind("httpStatus", attempt.httpStatus())
                .bind("error", attempt.error())
                .execute());
    }

    @Override
    public List<NotificationAttempt> all() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_notification_attempts ORDER BY id")
                .map(SimulatorRows::notificationAttempt)
                .list());
    }
}
