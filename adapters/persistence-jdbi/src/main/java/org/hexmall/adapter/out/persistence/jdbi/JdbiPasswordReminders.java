package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Password reminders in the {@code password_reminders} table, one row per customer. */
public final class JdbiPasswordReminders implements PasswordReminders {

    private static final RowMapper<PasswordReminder> REMINDER = (row, context) -> new PasswordReminder(
            new CustomerId(UUID.fromString(row.getString("customer_id"))),
            instant(row, "password_changed_at"),
            instant(row, "raised_at"),
            instant(row, "dismissed_at"));

    private final JdbiTransactionRunner transactions;

    JdbiPasswordReminders(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<PasswordReminder> find(CustomerId customer) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT customer_id, password_changed_at, raised_at, dismissed_at
                        FROM password_reminders WHERE customer_id = :customerId""")
                .bind("customerId", customer.toString())
                .map(REMINDER)
                .findOne());
    }

    /** Updates the row, or inserts it when there is none, as {@link JdbiSessions#save} does. */
    @Override
    public void save(PasswordReminder reminder) {
        transactions.useCurrentHandle(handle -> {
            int replaced = bind(handle.createUpdate("""
                    UPDATE password_reminders
                    SET password_changed_at = :changedAt, raised_at = :raisedAt, dismissed_at = :dismissedAt
                    WHERE customer_id = :customerId"""), reminder).execute();
            if (replaced == 0) {
                bind(handle.createUpdate("""
                        INSERT INTO password_reminders (customer_id, password_changed_at, raised_at, dismissed_at)
                        VALUES (:customerId, :changedAt, :raisedAt, :dismissedAt)"""), reminder).execute();
            }
        });
    }

    private static Update bind(Update statement, PasswordReminder reminder) {
        return statement
                .bind("customerId", reminder.customer().toString())
                .bind("changedAt", utc(reminder.passwordChangedAt()))
                .bind("raisedAt", utc(reminder.raisedAt()))
                .bind("dismissedAt", utc(reminder.dismissedAt()));
    }
}
