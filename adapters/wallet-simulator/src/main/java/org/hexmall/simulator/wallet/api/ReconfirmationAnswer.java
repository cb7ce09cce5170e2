package org.hexmall.simulator.wallet.api;

import java.net.URI;

/**
 * What a simulated provider answers to a merchant's request that the holder re-confirm a binding, in the provider's
 * own terms: the store's gateway translates this into the out-port's.
 */
public sealed interface ReconfirmationAnswer {

    /** Send the customer's browser here, to re-confirm (or not) in the wallet app. */
    record ReconfirmationPage(URI url) implements ReconfirmationAnswer {
    }

    /** The agreement is unknown or over: the holder cancelled it in the wallet app. */
    record AgreementNotValid() implements ReconfirmationAnswer {
    }

    /** The provider cannot serve requests now: where a real one would answer HTTP 503. */
    record ServiceUnavailable() implements ReconfirmationAnswer {
    }
}
