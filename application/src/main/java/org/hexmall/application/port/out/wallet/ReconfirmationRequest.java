package org.hexmall.application.port.out.wallet;

import java.net.URI;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A request that the customer re-confirm a binding the store holds, in the wallet app with the payment password,
 * before the store uses it from a new device.
 *
 * @param agreementToken the binding's agreement, which names the account at the provider
 * @param state          the store's reference for the request, which the provider sends back unchanged
 * @param returnUrl      where the provider sends the customer's browser with the signed result
 */
public record ReconfirmationRequest(WalletProvider provider, String agreementToken, String state, URI returnUrl) {

    public ReconfirmationRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(agreementToken, "agreementToken");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(returnUrl, "returnUrl");
    }

    @Override
    public String toString() {
        return "ReconfirmationRequest[" + provider + ", agreement ******, " + state + ", " + returnUrl + "]";
    }
}
