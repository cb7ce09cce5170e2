package org.hexmall.application.port.out.wallet;

import java.net.URI;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A request to bind a wallet account.
 *
 * @param state     the store's reference for the binding, which the provider sends back unchanged
 * @param returnUrl where the provider sends the customer's browser with the signed result
 */
public record AuthorizationRequest(WalletProvider provider, WalletAccountIdentifier account, String state,
                                   URI returnUrl) {

    public AuthorizationRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(returnUrl, "returnUrl");
    }
}
