package org.hexmall.application.service.shared;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;
import org.hexmall.domain.security.SecurityEventKind;

/**
 * Keeps each customer's password reminder: when the password changed, and what asked for a new one. Every method
 * runs inside the caller's transaction.
 *
 * <p>Whatever suggests a password may be known to someone else brings the reminder: a {@code LOGIN_LOCKED} or
 * {@code RISK_HOLD} security event recorded since the password changed (or since the customer last dismissed the
 * reminder) counts, for its reason, so the login lock and the risk rules need do nothing more than record their event;
 * {@link #raise} is there for a reason that records none. The banner then shows until the customer changes the
 * password or dismisses it.
 */
public final class PasswordCare {

    /** The security events that ask for a new password. */
    private static final Set<SecurityEventKind> WARNINGS = Set.of(SecurityEventKind.LOGIN_LOCKED,
            SecurityEventKind.RISK_HOLD);

    private final PasswordReminders reminders;
    private final Customers customers;
    private final Clock clock;

    public PasswordCare(PasswordReminders reminders, Customers customers, Clock clock) {
        this.reminders = reminders;
        this.customers = customers;
        this.clock = clock;
    }

    /** The customer's reminder; an account without one has kept the password it registered with. */
    public PasswordReminder of(Customer customer) {
        return reminders.find(customer.id())
                .orElseGet(() -> PasswordReminder.passwordSetAt(customer.id(), customer.registeredAt()));
    }

    /**
     * The customer's reminder as it stands now, raised by any lock or risk hold recorded since the password changed or
     * the reminder was dismissed, whichever was later; empty for an unknown customer. One read.
     */
    public Optional<PasswordReminder> now(CustomerId customer) {
        return reminders.standing(customer, WARNINGS);
    }

    /** The customer set a new password now. */
    public void passwordChanged(CustomerId customer) {
        reminders.save(PasswordReminder.passwordSetAt(customer, clock.instant()));
    }

    /** Something ({@code why}) suggests the password may be known to someone else: remind the customer to change it. */
    public void raise(CustomerId customer, PasswordReminder.Reason why) {
        customers.findById(customer).ifPresent(found -> reminders.save(of(found).raised(clock.instant(), why)));
    }

    /** The customer closed the banner. */
    public void dismiss(CustomerId customer) {
        customers.findById(customer).ifPresent(found -> reminders.save(of(found).dismissed(clock.instant())));
    }
}
