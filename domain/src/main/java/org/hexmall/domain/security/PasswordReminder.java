package org.hexmall.domain.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;

/**
 * Whether a customer should be reminded to change their login password, and why: when it is older than the policy
 * allows, or when something since its last change (a login lock, a risk hold) suggests someone else may know it. The
 * customer may dismiss the reminder for a while; a new reason after the dismissal brings it back at once.
 *
 * @param raisedAt    the latest time something asked for a new password; {@code null} when nothing did
 * @param raisedFor   what asked for it then, never {@link Reason#PASSWORD_OLD}; {@code null} exactly when
 *                    {@code raisedAt} is
 * @param dismissedAt when the customer last dismissed the reminder; {@code null} when never
 */
public record PasswordReminder(CustomerId customer, Instant passwordChangedAt, Instant raisedAt, Reason raisedFor,
                               Instant dismissedAt) {

    /** Why the reminder shows, which the banner says. */
    public enum Reason {
        /** The password is older than the policy allows. */
        PASSWORD_OLD,
        /** Wrong passwords locked the login since the password changed: someone may have tried to guess it. */
        LOGIN_LOCKED,
        /** The risk rules held an unusual attempt on the account since the password changed. */
        RISK_HOLD;

        /** The reason a security event of this kind gives, for the kinds that ask for a new password. */
        public static Reason warnedBy(SecurityEventKind kind) {
            return switch (kind) {
                case LOGIN_LOCKED -> LOGIN_LOCKED;
                case RISK_HOLD -> RISK_HOLD;
                default -> throw new IllegalArgumentException(kind + " asks for no new password");
            };
        }
    }

    public PasswordReminder {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        if ((raisedAt == null) != (raisedFor == null) || raisedFor == Reason.PASSWORD_OLD) {
            throw new IllegalArgumentException("a raised reminder names what raised it, and only then");
        }
    }

    /** A password set just now, with nothing to remind of. */
    public static PasswordReminder passwordSetAt(CustomerId customer, Instant now) {
        return new PasswordReminder(customer, now, null, null, null);
    }

    /** True when the banner should show at {@code now}. */
    public boolean isDueAt(Instant now, PasswordReminderPolicy policy) {
        return dueAt(now, policy).isPresent();
    }

    /**
     * Why the banner shows at {@code now}; empty when it does not. What raised the reminder since it was last
     * dismissed says why first, as it is the newer and more pressing reason; else the password's age, else what
     * raised it before a dismissal that is over.
     */
    public Optional<Reason> dueAt(Instant now, PasswordReminderPolicy policy) {
        boolean old = !now.isBefore(passwordChangedAt.plus(policy.maxPasswordAge()));
        boolean raised = raisedAt != null && raisedAt.isAfter(passwordChangedAt);
        if (!old && !raised) {
            return Optional.empty();
        }
        if (raised && (dismissedAt == null || raisedAt.isAfter(dismissedAt))) {
            return Optional.of(raisedFor);
        }
        boolean dismissalOver = dismissedAt == null || !now.isBefore(dismissedAt.plus(policy.dismissFor()));
        if (!dismissalOver) {
            return Optional.empty();
        }
        return Optional.of(old ? Reason.PASSWORD_OLD : raisedFor);
    }

    /** The customer changed the password: every reason to remind is gone. */
    public PasswordReminder passwordChanged(Instant now) {
        return passwordSetAt(customer, now);
    }

    /** Something suggests the password may be known to someone else ({@code why}: a login lock, a risk hold). */
    public PasswordReminder raised(Instant now, Reason why) {
        return new PasswordReminder(customer, passwordChangedAt, now, why, dismissedAt);
    }

    /**
     * The reminder once the latest warning recorded for the customer (a login lock, a risk hold) is taken into
     * account: raised at that warning, for its reason, when it came after the password changed and after the
     * reminder was last dismissed, as it stands otherwise.
     *
     * @param latestWarning when the latest warning was recorded; {@code null} when there was none
     * @param kind          the latest warning's kind; {@code null} when there was none
     */
    public PasswordReminder warnedAt(Instant latestWarning, SecurityEventKind kind) {
        if (latestWarning == null || !latestWarning.isAfter(passwordChangedAt)
                || dismissedAt != null && !latestWarning.isAfter(dismissedAt)
                || raisedAt != null && !latestWarning.isAfter(raisedAt)) {
            return this;
        }
        return raised(latestWarning, Reason.warnedBy(kind));
    }

    /** The customer closed the banner: it stays away for the policy's while, unless a new reason comes. */
    public PasswordReminder dismissed(Instant now) {
        return new PasswordReminder(customer, passwordChangedAt, raisedAt, raisedFor, now);
    }
}
