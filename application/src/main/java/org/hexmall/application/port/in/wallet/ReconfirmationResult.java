package org.hexmall.application.port.in.wallet;

import java.util.Optional;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.ReplacementWallet;
import org.hexmall.domain.wallet.WalletReconfirmation;

/** What became of a wallet re-confirmation, once the customer's browser brought back the wallet app's answer. */
public sealed interface ReconfirmationResult {

    /**
     * The customer re-confirmed the wallet with its payment password: it is not asked about again on this device,
     * and what waited for it may go ahead.
     *
     * @param order         the order whose payment waited; empty unless a payment waited
     * @param replacement   the wallet to bind in place of this one, as the customer typed it before; empty unless a
     *                      replacement waited
     * @param pointsToSpend the points the customer chose on the payment page for the payment that waited, as the
     *                      store kept them with the request (never as the browser brings them back); 0 for none
     */
    record Reconfirmed(BindingId wallet, WalletReconfirmation.Purpose purpose, Optional<OrderId> order,
                       Optional<ReplacementWallet> replacement, long pointsToSpend) implements ReconfirmationResult {

        /** A re-confirmation that waited for nothing to bind. */
        public Reconfirmed(BindingId wallet, WalletReconfirmation.Purpose purpose, Optional<OrderId> order) {
            this(wallet, purpose, order, Optional.empty(), 0);
        }

        /** A re-confirmation that waited for no payment spending points. */
        public Reconfirmed(BindingId wallet, WalletReconfirmation.Purpose purpose, Optional<OrderId> order,
                           Optional<ReplacementWallet> replacement) {
            this(wallet, purpose, order, replacement, 0);
        }
    }

    /** The customer said no in the wallet app: nothing was paid or changed. */
    record Rejected(BindingId wallet, WalletReconfirmation.Purpose purpose, Optional<OrderId> order)
            implements ReconfirmationResult {
    }

    /** Not an answer the store can trust (bad signature, replayed, stale, or not this customer's request). */
    record Untrusted(String why) implements ReconfirmationResult {
    }
}
