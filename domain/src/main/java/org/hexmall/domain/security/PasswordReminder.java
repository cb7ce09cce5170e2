package org.hexmall.domain.security;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.account.CustomerId;

/**
 * Whether a customer should be reminded to change their login password: when it is older than the policy allows,
 * or when something since its last change (a login lock, a risk hold) suggests someone else may know it. The
 * customer may dismiss the reminder for a while; a new reason after the dismissal brings it back at once.
 *
 * @param raisedAt    the latest time something asked for a new password; {@code null} when nothing did
 * @param dismissedAt when the customer last dismissed the reminder; {@code null} when never
 */
public record PasswordReminder(CustomerId customer, Instant passwordChangedAt, Instant raisedAt,
                               Instant dismissedAt) {

    public PasswordReminder {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
    }

    /** A password set just now, with nothing to remind of. */
    public static PasswordReminder passwordSetAt(CustomerId customer, Instant now) {
        return new PasswordReminder(customer, now, null, null);
    }

    /** True when the banner should show at {@code now}. */
    public boolean isDueAt(Instant now, PasswordReminderPolicy policy) {
        boolean old = !now.isBefore(passwordChangedAt.plus(policy.maxPasswordAge()));
        boolean raised = raisedAt != null && raisedAt.isAfter(passwordChangedAt);
        if (!old && !raised) {
            return false;
        }
        if (dismissedAt == null) {
            return true;
        }
        boolean dismissalOver = !now.isBefore(dismissedAt.plus(policy.dismissFor()));
        boolean raisedSinceDismissal = raisedAt != null && raisedAt.isAfter(dismissedAt);
        return dismissalOver || raisedSinceDismissal;
    }

    /** The customer changed the password: every reason to remind is gone. */
    public PasswordReminder passwordChanged(Instant now) {
        return passwordSetAt(customer, now);
    }

    /** Something suggests the password may be known to someone else (a login lock, a risk hold). */
    public PasswordReminder raised(Instant now) {
        return new PasswordReminder(customer, passwordChangedAt, now, dismissedAt);
    }

    /**
     * The reminder once the latest warning recorded for the customer (a login lock, a risk hold) is taken into
     * account: raised at that warning when it came after the password changed and after the reminder was last
     * dismissed, as it stands otherwise.
     *
     * @param latestWarning when the latest warning was recorded; {@code null} when there was none
     */
    public PasswordReminder warnedAt(Instant latestWarning) {
        if (latestWarning == null || !latestWarning.isAfter(passwordChangedAt)
                || dismissedAt != null && !latestWarning.isAfter(dismissedAt)
                || raisedAt != null && !latestWarning.isAfter(raisedAt)) {
            return this;
        }
        return raised(latestWarning);
    }

    /** The customer closed the banner: it stays away for the policy's while, unless a new reason comes. */
    public PasswordReminder dismissed(Instant now) {
        return new PasswordReminder(customer, passwordChangedAt, raisedAt, now);
    }
}
