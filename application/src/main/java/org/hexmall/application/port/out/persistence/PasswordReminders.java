package org.hexmall.application.port.out.persistence;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;

/**
 * When each customer's login password was last changed, and what has been said about changing it. An account
 * without an entry has kept the password it registered with.
 */
public interface PasswordReminders {

    Optional<PasswordReminder> find(CustomerId customer);

    /** Stores the customer's entry, replacing the stored one. */
    void save(PasswordReminder reminder);
}
