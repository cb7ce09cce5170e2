package org.hexmall.application.port.out.persistence;

import java.util.Optional;
import java.util.Set;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;
import org.hexmall.domain.security.SecurityEventKind;

/**
 * When each customer's login password was last changed, and what has been said about changing it. An account
 * without an entry has kept the password it registered with.
 */
public interface PasswordReminders {

    Optional<PasswordReminder> find(CustomerId customer);

    /**
     * The customer's reminder as it stands, read at once with what it depends on: the stored entry (or, without one,
     * a password set when the account registered), {@linkplain PasswordReminder#warnedAt warned at} the latest of the
     * customer's security events of the given kinds, for that event's kind. Empty for an unknown customer. The banner
     * on every shop page asks this, so it is one read.
     */
    Optional<PasswordReminder> standing(CustomerId customer, Set<SecurityEventKind> warnings);

    /** Stores the customer's entry, replacing the stored one. */
    void save(PasswordReminder reminder);
}
