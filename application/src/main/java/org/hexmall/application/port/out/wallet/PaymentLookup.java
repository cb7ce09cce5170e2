package org.hexmall.application.port.out.wallet;

import java.util.Objects;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.shared.Money;

/** What a provider says about a payment when the store asks. */
public sealed interface PaymentLookup {

    /** The wallet was charged. */
    record Paid(String transaction, Money amount) implements PaymentLookup {
        public Paid {
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The payment ended without a charge, declined by the provider for that reason. */
    record NotPaid(PaymentFailureReason reason) implements PaymentLookup {
        public NotPaid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The payment ended unpaid without a reason of the provider's own: the store closed it, or the customer left
     * the wallet app. Nothing was charged.
     */
    record Closed() implements PaymentLookup {
    }

    /** The payment waits for the customer in the wallet app. */
    record Open() implements PaymentLookup {
    }

    /** The provider has no such payment: it never received the request, and nothing was charged. */
    record NotFound() implements PaymentLookup {
    }

    /** The provider could not be asked now. */
    record ProviderUnavailable(String detail) implements PaymentLookup {
    }
}
