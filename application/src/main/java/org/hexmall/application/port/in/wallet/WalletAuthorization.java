package org.hexmall.application.port.in.wallet;

import java.net.URI;
import org.hexmall.domain.wallet.WalletProvider;

/** The provider's answer to "let this customer confirm the binding". */
public sealed interface WalletAuthorization {

    /** Send the customer to the wallet app here. */
    record GoToWalletApp(URI url) implements WalletAuthorization {
    }

    /** Network trouble or the provider is down: nothing is lost; try again in a moment. */
    record ProviderUnavailable(WalletProvider provider) implements WalletAuthorization {
    }

    /** The provider has no account with the identifier the customer typed: the binding failed. */
    record AccountNotFound(WalletProvider provider, String maskedAccount) implements WalletAuthorization {
    }

    /** The binding is not waiting for the wallet app (already done, ended, expired, or not the customer's). */
    record NotPending() implements WalletAuthorization {
    }
}
