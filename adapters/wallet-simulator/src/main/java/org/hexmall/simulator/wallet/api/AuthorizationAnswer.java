package org.hexmall.simulator.wallet.api;

import java.net.URI;

/**
 * What a simulated provider answers to a merchant's request to bind one of its accounts, in the provider's own
 * terms: where a real provider would answer over HTTPS, the store's gateway translates this into the out-port's.
 */
public sealed interface AuthorizationAnswer {

    /** Send the customer's browser here, to approve or reject in the wallet app. */
    record AuthorizationPage(URI url) implements AuthorizationAnswer {
    }

    /** The provider has no account with that identifier. */
    record NoSuchAccount() implements AuthorizationAnswer {
    }

    /** The provider cannot serve requests now: where a real one would answer HTTP 503. */
    record ServiceUnavailable() implements AuthorizationAnswer {
    }
}
