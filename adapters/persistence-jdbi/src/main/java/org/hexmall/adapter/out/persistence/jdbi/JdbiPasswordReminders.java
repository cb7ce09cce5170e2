package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;
import org.hexmall.domain.security.SecurityEventKind;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.EmptyHandling;
import org.jdbi.v3.core.statement.Update;

/** Password reminders in the {@code password_reminders} table, one row per customer. */
public final class JdbiPasswordReminders implements PasswordReminders {

    private static final RowMapper<PasswordReminder> REMINDER = (row, context) -> new PasswordReminder(
            new CustomerId(UUID.fromString(row.getString("customer_id"))),
            instant(row, "password_changed_at"),
            instant(row, "raised_at"),
            Optional.ofNullable(row.getString("raised_for")).map(PasswordReminder.Reason::valueOf).orElse(null),
            instant(row, "dismissed_at"));

    private final JdbiTransactionRunner transactions;

    JdbiPasswordReminders(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<PasswordReminder> find(CustomerId customer) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT customer_id, password_changed_at, raised_at, raised_for, dismissed_at
                        FROM password_reminders WHERE customer_id = :customerId""")
                .bind("customerId", customer.toString())
                .map(REMINDER)
                .findOne());
    }

    /**
     * One statement: the customer, their entry if any, and their latest warning since the password changed with its
     * kind (of two at once, the later kept), found through the index of each customer's security events by time.
     */
    @Override
    public Optional<PasswordReminder> standing(CustomerId customer, Set<SecurityEventKind> warnings) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT c.id AS customer_id,
                               COALESCE(r.password_changed_at, c.registered_at) AS password_changed_at,
                               r.raised_at, r.raised_for, r.dismissed_at,
                               (SELECT MAX(e.occurred_at) FROM security_events e
                                WHERE e.customer_id = c.id AND e.kind IN (<kinds>)
                                  AND e.occurred_at > COALESCE(r.password_changed_at, c.registered_at)) AS warned_at,
                               (SELECT e.kind FROM security_events e
                                WHERE e.customer_id = c.id AND e.kind IN (<kinds>)
                                  AND e.occurred_at > COALESCE(r.password_changed_at, c.registered_at)
                                ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) AS warned_by
                        FROM customers c LEFT JOIN password_reminders r ON r.customer_id = c.id
                        WHERE c.id = :customerId""")
                .bind("customerId", customer.toString())
                .bindList(EmptyHandling.NULL_KEYWORD, "kinds", warnings.stream().map(Enum::name).sorted().toList())
                .map((row, context) -> REMINDER.map(row, context).warnedAt(instant(row, "warned_at"),
                        Optional.ofNullable(row.getString("warned_by")).map(SecurityEventKind::valueOf).orElse(null)))
                .findOne());
    }

    /** Updates the row, or inserts it when there is none, as {@link JdbiSessions#save} does. */
    @Override
    public void save(PasswordReminder reminder) {
        transactions.useCurrentHandle(handle -> {
            int replaced = bind(handle.createUpdate("""
                    UPDATE password_reminders
                    SET password_changed_at = :changedAt, raised_at = :raisedAt, raised_for = :raisedFor,
                        dismissed_at = :dismissedAt
                    WHERE customer_id = :customerId"""), reminder).execute();
            if (replaced == 0) {
                bind(handle.createUpdate("""
                        INSERT INTO password_reminders (customer_id, password_changed_at, raised_at, raised_for,
                                                        dismissed_at)
                        VALUES (:customerId, :changedAt, :raisedAt, :raisedFor, :dismissedAt)"""), reminder).execute();
            }
        });
    }

    private static Update bind(Update statement, PasswordReminder reminder) {
        return statement
                .bind("customerId", reminder.customer().toString())
                .bind("changedAt", utc(reminder.passwordChangedAt()))
                .bind("raisedAt", utc(reminder.raisedAt()))
                .bind("raisedFor", reminder.raisedFor() == null ? null : reminder.raisedFor().name())
                .bind("dismissedAt", utc(reminder.dismissedAt()));
    }
}
