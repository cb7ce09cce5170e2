package org.hexmall.application.port.in.wallet;

import java.util.Optional;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;

/** What became of a wallet re-confirmation, once the customer's browser brought back the wallet app's answer. */
public sealed interface ReconfirmationResult {

    /**
     * The customer re-confirmed the wallet with its payment password: it is not asked about again on this device.
     *
     * @param order the order whose payment now goes ahead with the wallet; empty when the wallet waits to be
     *              unbound, which now goes ahead
     */
    record Reconfirmed(BindingId wallet, Optional<OrderId> order) implements ReconfirmationResult {
    }

    /** The customer said no in the wallet app: nothing was paid or changed. */
    record Rejected(BindingId wallet, Optional<OrderId> order) implements ReconfirmationResult {
    }

    /** Not an answer the store can trust (bad signature, replayed, stale, or not this customer's request). */
    record Untrusted(String why) implements ReconfirmationResult {
    }
}
