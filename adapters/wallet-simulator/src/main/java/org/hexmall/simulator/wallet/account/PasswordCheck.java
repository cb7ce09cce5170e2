package org.hexmall.simulator.wallet.account;

import java.time.Instant;

/** What a simulated provider says to a payment password typed in its app, for an approval or a payment alike. */
public sealed interface PasswordCheck {

    /** The right one: what it was typed for may go ahead, and the wrong ones before it no longer count. */
    record Right() implements PasswordCheck {
    }

    /** A wrong one, counted; after {@code attemptsLeft} more the provider locks the password. */
    record Wrong(int attemptsLeft) implements PasswordCheck {
    }

    /** A wrong one, counted, and the last one allowed: the provider has locked the password until then. */
    record WrongAndLocked(Instant until) implements PasswordCheck {
    }

    /** Locked before, so not tried at all, not even the right one, until then or until it is reset in the app. */
    record Locked(Instant until) implements PasswordCheck {
    }
}
