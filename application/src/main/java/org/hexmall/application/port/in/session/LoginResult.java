package org.hexmall.application.port.in.session;

import java.time.Instant;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.security.Session;

/** How a login attempt ended, for customers and agents alike. */
public sealed interface LoginResult {

    /** The login succeeded; the visitor continues in this new session. */
    record SignedIn(Session session) implements LoginResult {
    }

    /** Unknown login or wrong password: deliberately the same answer, so logins cannot be probed. */
    record WrongCredentials() implements LoginResult {
    }

    /** Too many wrong passwords in a row: refused, even with the right one, until {@code retryAfter}. */
    record Locked(Instant retryAfter) implements LoginResult {
    }

    /**
     * The password was right, but on a device the account does not trust: no session is open yet. A code goes to the
     * account's phone (ending in {@code maskedPhone}); the login goes on once the code is entered on this device.
     *
     * @param codeSent whether a code for this login went to the phone; none goes while the phone's code limits forbid
     *                 one (it received a code less than a minute ago, say), and the customer then asks for one
     */
    record NewDeviceCodeRequired(String maskedPhone, boolean codeSent) implements LoginResult {
    }

    /**
     * The password was right, but the risk rules held the login for a security check (many failed logins from the
     * same place, say): no session opens, and customer service has an alert to look at.
     */
    record HeldForReview() implements LoginResult {
    }

    /**
     * The password was right, but the account is frozen; {@code by} says who froze it, and so whether the customer may
     * unfreeze it. An agent's account is frozen (disabled) by a supervisor only.
     */
    record Frozen(FrozenBy by) implements LoginResult {
    }
}
