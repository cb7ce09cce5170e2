package org.hexmall.application.port.out.wallet;

import java.net.URI;

/** The provider's answer to a payment request. */
public sealed interface PaymentStart {

    /** Send the customer's browser here, to confirm the payment with the payment password. */
    record RedirectCustomer(URI url) implements PaymentStart {
    }

    /** The provider no longer honours the binding's agreement: the customer unbound in the wallet app. */
    record AgreementNotValid() implements PaymentStart {
    }

    /** The provider answered that it cannot serve now: no payment was created and nothing can be charged. */
    record ProviderUnavailable(String detail) implements PaymentStart {
    }

    /** No answer in time: the provider may or may not have created the payment. Ask it later. */
    record NoAnswer(String detail) implements PaymentStart {
    }
}
