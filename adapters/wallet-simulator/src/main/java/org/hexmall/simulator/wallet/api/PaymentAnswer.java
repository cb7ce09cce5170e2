package org.hexmall.simulator.wallet.api;

import java.net.URI;

/**
 * What a simulated provider answers to a merchant's request for a payment, in the provider's own terms; the
 * store's gateway translates it into the out-port's.
 */
public sealed interface PaymentAnswer {

    /** Send the customer's browser here, to pay with the payment password. The same page for the same payment. */
    record PayPage(URI url) implements PaymentAnswer {
    }

    /** The agreement is unknown here, or its holder cancelled it: the merchant may not charge the account. */
    record AgreementNotValid() implements PaymentAnswer {
    }

    /** The provider cannot serve requests now, and created nothing: where a real one would answer HTTP 503. */
    record ServiceUnavailable() implements PaymentAnswer {
    }
}
