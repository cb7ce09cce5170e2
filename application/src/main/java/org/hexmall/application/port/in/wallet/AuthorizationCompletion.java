package org.hexmall.application.port.in.wallet;

import java.util.Optional;
import org.hexmall.domain.wallet.BindingId;

/** How coming back from the wallet app ended. */
public sealed interface AuthorizationCompletion {

    /** The wallet is bound; {@code replaced} is the wallet it took the place of, if any. */
    record Bound(BoundWallet wallet, Optional<BoundWallet> replaced) implements AuthorizationCompletion {
    }

    /** The customer said no in the wallet app; {@code binding} failed for it. */
    record RejectedInWallet(BindingId binding) implements AuthorizationCompletion {
    }

    /**
     * The account's security settings forbid binding now (it was frozen while the customer was in the
     * wallet app, for example); {@code reasonCode} says which. Nothing was bound: {@code binding} failed.
     */
    record NotAllowed(BindingId binding, String reasonCode) implements AuthorizationCompletion {
    }

    /** {@code binding} took longer than allowed and expired. */
    record Expired(BindingId binding) implements AuthorizationCompletion {
    }

    /**
     * The answer cannot be trusted (bad signature, stale, replayed, or for another session's binding),
     * and nothing was changed. {@code why} is for the log, never for the page.
     */
    record Untrusted(String why) implements AuthorizationCompletion {
    }
}
