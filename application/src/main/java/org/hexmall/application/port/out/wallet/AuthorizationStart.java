package org.hexmall.application.port.out.wallet;

import java.net.URI;

/** The provider's answer to a binding request. */
public sealed interface AuthorizationStart {

    /** Send the customer's browser here, to confirm in the wallet app. */
    record RedirectCustomer(URI url) implements AuthorizationStart {
    }

    /** The provider has no account with that identifier. */
    record AccountNotFound() implements AuthorizationStart {
    }

    /** The provider could not be reached, failed, or did not answer in time; trying again may work. */
    record ProviderUnavailable(String detail) implements AuthorizationStart {
    }
}
