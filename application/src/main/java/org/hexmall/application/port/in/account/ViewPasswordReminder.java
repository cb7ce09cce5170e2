package org.hexmall.application.port.in.account;

import java.time.Duration;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;

/**
 * The banner on the shop's pages that asks a customer to change their login password: when it is old, or after a
 * login lock or a risk hold, until they change it or dismiss the banner. It says which of these it is.
 */
public interface ViewPasswordReminder {

    /** Why the banner shows for the customer now; empty when it does not. */
    Optional<Due> due(CustomerId customer);

    /**
     * @param reason         why the banner shows
     * @param maxPasswordAge how old a password gets before it is due, which the banner names when it is the reason
     */
    record Due(PasswordReminder.Reason reason, Duration maxPasswordAge) {
    }
}
