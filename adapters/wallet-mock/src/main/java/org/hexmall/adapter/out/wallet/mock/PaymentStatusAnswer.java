package org.hexmall.adapter.out.wallet.mock;

/** What a simulated provider answers when a merchant asks about a payment, or asks to close it. */
public sealed interface PaymentStatusAnswer {

    /** The payment as the provider has it now (after closing it, when asked to close). */
    record Found(SimulatedPayment payment) implements PaymentStatusAnswer {
    }

    /** No payment for that merchant payment id here: it was never created, and nothing was charged. */
    record NoSuchPayment() implements PaymentStatusAnswer {
    }

    /** The provider cannot serve requests now: where a real one would answer HTTP 503. */
    record ServiceUnavailable() implements PaymentStatusAnswer {
    }
}
