package org.hexmall.simulator.wallet.payment;

import java.net.URI;
import java.time.Instant;

/**
 * What a simulated wallet app answers when its customer types the payment password on the pay page. Whenever
 * the payment has ended, now or before, the answer is the way back to the store with its signed result.
 */
public sealed interface PayAttempt {

    /** The account was charged, now or by an earlier submit: send the browser back with the signed success. */
    record Paid(URI backToStore) implements PayAttempt {
    }

    /**
     * Nothing was charged and the payment has ended, now (the balance is too low) or before: send the browser
     * back with its signed result.
     */
    record NotPaid(URI backToStore) implements PayAttempt {
    }

    /**
     * Nothing was charged and the payment waits; after {@code attemptsLeft} more wrong passwords the provider
     * locks the password.
     */
    record WrongPassword(int attemptsLeft) implements PayAttempt {
    }

    /** The payment password is locked, so nothing can be paid until then, or until it is reset in the app. */
    record Locked(Instant until) implements PayAttempt {
    }

    /** No such payment at this provider. */
    record NotFound() implements PayAttempt {
    }
}
