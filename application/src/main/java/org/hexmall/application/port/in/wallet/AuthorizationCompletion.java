package org.hexmall.application.port.in.wallet;

import java.util.Optional;

/** How coming back from the wallet app ended. */
public sealed interface AuthorizationCompletion {

    /** The wallet is bound; {@code replaced} is the wallet it took the place of, if any. */
    record Bound(BoundWallet wallet, Optional<BoundWallet> replaced) implements AuthorizationCompletion {
    }

    /** The customer said no in the wallet app. */
    record RejectedInWallet() implements AuthorizationCompletion {
    }

    /**
     * The account's security settings forbid binding now (it was frozen while the customer was in the
     * wallet app, for example); {@code reasonCode} says which. Nothing was bound.
     */
    record NotAllowed(String reasonCode) implements AuthorizationCompletion {
    }

    /** The binding took longer than allowed and expired. */
    record Expired() implements AuthorizationCompletion {
    }

    /**
     * The answer cannot be trusted (bad signature, stale, replayed, or for another session's binding),
     * and nothing was changed. {@code why} is for the log, never for the page.
     */
    record Untrusted(String why) implements AuthorizationCompletion {
    }
}
