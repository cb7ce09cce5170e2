package org.hexmall.application.port.in.account;

import java.time.Instant;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PlainPassword;

/**
 * A customer freezes their own account ("I lost my phone"): at once nobody can log in, pay or bind a wallet with it,
 * and every device signed in to it is logged out, this one included. The login password confirms it; wrong ones
 * count towards the login lock as at the login form. Customer service unfreezes the account.
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

    /** The password typed is not the account's; nothing was frozen. */
    record WrongPassword() implements Result {
    }

    /** Too many wrong passwords: refused until {@code retryAfter}, as a login would be; nothing was frozen. */
    record Locked(Instant retryAfter) implements Result {
    }
}
