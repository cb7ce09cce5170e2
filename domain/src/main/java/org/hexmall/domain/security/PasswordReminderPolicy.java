package org.hexmall.domain.security;

import java.time.Duration;
import java.util.Objects;

/**
 * When to remind customers to change their login password.
 *
 * @param maxPasswordAge a password this old is due for a change
 * @param dismissFor     how long a dismissed reminder stays away
 */
public record PasswordReminderPolicy(Duration maxPasswordAge, Duration dismissFor) {

    /** Half a year, as large stores remind; a dismissal holds for a month. */
    public static final PasswordReminderPolicy STANDARD =
            new PasswordReminderPolicy(Duration.ofDays(180), Duration.ofDays(30));

    public PasswordReminderPolicy {
        Objects.requireNonNull(maxPasswordAge, "maxPasswordAge");
        Objects.requireNonNull(dismissFor, "dismissFor");
        if (maxPasswordAge.isNegative() || maxPasswordAge.isZero() || dismissFor.isNegative()) {
            throw new IllegalArgumentException("the password age must be positive and the dismissal not negative");
        }
    }
}
