package org.hexmall.adapter.out.wallet.mock;

import java.net.URI;

/**
 * What a simulated provider answers to a merchant's authorization request, in the provider's own terms. A real
 * provider would answer over HTTPS; the store's gateway translates the answer into the out-port's terms.
 */
public sealed interface ProviderAnswer {

    /** Send the customer's browser here, to approve or reject in the wallet app. */
    record AuthorizationPage(URI url) implements ProviderAnswer {
    }

    /** The provider has no account with that identifier. */
    record NoSuchAccount() implements ProviderAnswer {
    }

    /** The provider cannot serve requests now: where a real one would answer HTTP 503. */
    record ServiceUnavailable() implements ProviderAnswer {
    }
}
