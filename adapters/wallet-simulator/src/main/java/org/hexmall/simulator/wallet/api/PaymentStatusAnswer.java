package org.hexmall.simulator.wallet.api;

import java.util.Objects;
import org.hexmall.domain.payment.PaymentFailureReason;

/** What a simulated provider answers when a merchant asks about a payment, or asks to close it. */
public sealed interface PaymentStatusAnswer {

    /**
     * The payment as the provider has it now (after closing it, when asked to close).
     *
     * @param transaction   the provider's transaction id when {@link PaymentState#PAID}; {@code null} otherwise
     * @param failureReason why it ended unpaid when {@link PaymentState#FAILED}; {@code null} otherwise
     */
    record Found(PaymentState state, long amountFen, String transaction, PaymentFailureReason failureReason)
            implements PaymentStatusAnswer {
        public Found {
            Objects.requireNonNull(state, "state");
        }
    }

    /** No payment for that merchant payment id here: it was never created, and nothing was charged. */
    record NoSuchPayment() implements PaymentStatusAnswer {
    }

    /** The provider cannot serve requests now: where a real one would answer HTTP 503. */
    record ServiceUnavailable() implements PaymentStatusAnswer {
    }
}
