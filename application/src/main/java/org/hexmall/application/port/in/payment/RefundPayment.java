package org.hexmall.application.port.in.payment;

import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.shared.Money;

/**
 * Gives money back from a successful payment, in full or in part, through the provider. Each refund number
 * refunds once: asking again with it answers the first result.
 */
public interface RefundPayment {

    RefundOutcome refund(PaymentId paymentId, String refundNumber, Money amount, RefundReason reason);

    /** What became of a refund request. */
    sealed interface RefundOutcome {

        record Refunded(PaymentView payment) implements RefundOutcome {
        }

        /** Refused before asking the provider: no such payment, nothing charged, more than is left, number reused. */
        record Refused(String code) implements RefundOutcome {
        }

        /** The provider could not be asked now; asking again with the same number is safe. */
        record TryLater(String detail) implements RefundOutcome {
        }
    }
}
