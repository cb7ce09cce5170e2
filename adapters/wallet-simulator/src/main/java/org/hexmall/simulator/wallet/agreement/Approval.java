package org.hexmall.simulator.wallet.agreement;

import java.net.URI;
import java.time.Instant;

/**
 * What a simulated wallet app answers when its customer approves a binding with the payment password: the
 * second verification the guides describe, which proves that the wallet's owner agrees, not just whoever
 * holds the link.
 */
public sealed interface Approval {

    /** The provider granted the agreement: send the browser back to the store with the signed approval. */
    record Approved(URI backToStore) implements Approval {
    }

    /** Nothing was approved; after {@code attemptsLeft} more wrong passwords the provider locks it. */
    record WrongPassword(int attemptsLeft) implements Approval {
    }

    /** The payment password is locked, so nothing can be approved until then, or until it is reset in the app. */
    record Locked(Instant until) implements Approval {
    }

    /** No such request at this provider, or it has been answered already: nothing changed. */
    record NotFound() implements Approval {
    }
}
