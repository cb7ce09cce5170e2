package org.hexmall.application.service.shared;

import java.time.Clock;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;

/**
 * Keeps each customer's password reminder: when the password changed, and what asked for a new one. Every method
 * runs inside the caller's transaction.
 *
 * <p>{@link #raise} is the hook for whatever suggests a password may be known to someone else: a login lock, a
 * risk hold. The banner then shows until the customer changes the password or dismisses it.
 */
public final class PasswordCare {

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

    /** The customer set a new password now. */
    public void passwordChanged(CustomerId customer) {
        reminders.save(PasswordReminder.passwordSetAt(customer, clock.instant()));
    }

    /** Something suggests the password may be known to someone else: remind the customer to change it. */
    public void raise(CustomerId customer) {
        customers.findById(customer).ifPresent(found -> reminders.save(of(found).raised(clock.instant())));
    }

    /** The customer closed the banner. */
    public void dismiss(CustomerId customer) {
        customers.findById(customer).ifPresent(found -> reminders.save(of(found).dismissed(clock.instant())));
    }
}
