package org.hexmall.application.port.in.wallet;

import java.util.Optional;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletReconfirmation;

/** What became of a wallet re-confirmation, once the customer's browser brought back the wallet app's answer. */
public sealed interface ReconfirmationResult {

    /**
     * The customer re-confirmed the wallet with its payment password: it is not asked about again on this device,
     * and what waited for it may go ahead.
     *
     * @param order the order whose payment waited; empty unless a payment waited
     */
    record Reconfirmed(BindingId wallet, WalletReconfirmation.Purpose purpose, Optional<OrderId> order)
            implements ReconfirmationResult {
    }

    /** The customer said no in the wallet app: nothing was paid or changed. */
    record Rejected(BindingId wallet, WalletReconfirmation.Purpose purpose, Optional<OrderId> order)
            implements ReconfirmationResult {
    }

    /** Not an answer the store can trust (bad signature, replayed, stale, or not this customer's request). */
    record Untrusted(String why) implements ReconfirmationResult {
    }
}
