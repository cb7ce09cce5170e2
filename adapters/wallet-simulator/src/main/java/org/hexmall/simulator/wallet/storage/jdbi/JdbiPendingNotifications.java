package org.hexmall.simulator.wallet.storage.jdbi;

import static org.hexmall.simulator.wallet.storage.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.simulator.wallet.notification.FormEncoding;
import org.hexmall.simulator.wallet.notification.PendingNotification;
import org.hexmall.simulator.wallet.notification.PendingNotifications;
import org.jdbi.v3.core.Jdbi;

/**
 * The pending notifications in {@code mock_wallet_pending_notifications}, their fields form-encoded. An attempt is
 * claimed by a conditional update on the count of attempts, so that of two nodes only one makes it.
 */
public final class JdbiPendingNotifications implements PendingNotifications {

    private final Jdbi jdbi;

    public JdbiPendingNotifications(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(PendingNotification notification) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO mock_wallet_pending_notifications (id, provider, message_type, fields,
                            attempts_made, next_attempt_at)
                        VALUES (:id, :provider, :type, :fields, :attemptsMade, :nextAttemptAt)""")
                .bind("id", notification.id())
                .bind("provider", notification.provider().name())
                .bind("type", notification.type().wireName())
                .bind("fields", FormEncoding.encode(notification.fields()))
                .bind("attemptsMade", notification.attemptsMade())
                .bind("nextAttemptAt", utc(notification.nextAttemptAt()))
                .execute());
    }

    @Override
    public Optional<PendingNotification> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_pending_notifications WHERE id = :id")
                .bind("id", id)
                .map(SimulatorRows::pendingNotification)
                .findOne());
    }

    @Override
    public List<PendingNotification> all() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_pending_notifications ORDER BY next_attempt_at, id")
                .map(SimulatorRows::pendingNotification)
                .list());
    }

    @Override
    public boolean claim(String id, int attemptsMade, Instant nextAttemptAt) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE mock_wallet_pending_notifications
                        SET attempts_made = attempts_made + 1, next_attempt_at = :nextAttemptAt
                        WHERE id = :id AND attempts_made = :attemptsMade""")
                .bind("nextAttemptAt", utc(nextAttemptAt))
                .bind("id", id)
                .bind("attemptsMade", attemptsMade)
                .execute() == 1);
    }

    @Override
    public void remove(String id) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM mock_wallet_pending_notifications WHERE id = :id")
                .bind("id", id)
                .execute());
    }
}
