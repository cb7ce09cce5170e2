package org.hexmall.application.port.out.wallet;

import java.net.URI;

/** The provider's answer to a request to re-confirm a binding. */
public sealed interface ReconfirmationStart {

    /** Send the customer's browser here, to re-confirm in the wallet app. */
    record RedirectCustomer(URI url) implements ReconfirmationStart {
    }

    /** The provider no longer honours the agreement: the customer ended it in the wallet app. */
    record AgreementNotValid() implements ReconfirmationStart {
    }

    /** The provider could not be reached, failed, or did not answer in time; trying again may work. */
    record ProviderUnavailable(String detail) implements ReconfirmationStart {
    }
}
