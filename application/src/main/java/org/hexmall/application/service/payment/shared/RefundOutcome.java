package org.hexmall.application.service.payment.shared;

import org.hexmall.application.port.in.payment.PaymentView;

/** What became of a refund request (see {@link Refunds}). */
public sealed interface RefundOutcome {

    record Refunded(PaymentView payment) implements RefundOutcome {
    }

    /**
     * Refused before asking the provider (no such payment, nothing charged, more than is left, number reused), or
     * by the provider ({@code payment.refund-refused}, with its answer in {@code why}; empty otherwise).
     */
    record Refused(String code, String why) implements RefundOutcome {

        public Refused(String code) {
            this(code, "");
        }
    }

    /** The provider took the refund and confirms it later with a notice; nothing is recorded until then. */
    record Processing() implements RefundOutcome {
    }

    /** The provider could not be asked now; asking again with the same number is safe. */
    record TryLater(String detail) implements RefundOutcome {
    }
}
