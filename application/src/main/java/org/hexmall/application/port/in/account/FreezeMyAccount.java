package org.hexmall.application.port.in.account;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PlainPassword;

/**
 * A customer freezes their own account ("I lost my phone"): at once nobody can log in, pay or bind a wallet with it,
 * and every device signed in to it is logged out, this one included. The login password confirms it; wrong ones
 * count towards the login lock as at the login form. Once wrong passwords have locked the login, the account is frozen
 * whatever is typed: the lock still stops the guessing (nothing tells whether a password was right), and a freeze
 * only takes power away, so neither a thief's guesses nor anyone else's can keep the owner from freezing it.
 * Customer service unfreezes the account.
 */
public interface FreezeMyAccount {

    /** @param clientAddress where the customer froze it from, shown in their activity ("" when unknown) */
    Result freeze(CustomerId customer, PlainPassword password, String clientAddress);

    /** What came of it. */
    sealed interface Result {
    }

    /** Frozen, and every session of the account ended. */
    record Frozen() implements Result {
    }

    /** The password typed is not the account's, and the login is not locked yet; nothing was frozen. */
    record WrongPassword() implements Result {
    }
}
