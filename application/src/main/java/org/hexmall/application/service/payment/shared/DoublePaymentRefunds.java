package org.hexmall.application.service.payment.shared;

import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.RefundReason;

/**
 * Gives back, in full, a charge for an order that needed none (see {@link org.hexmall.domain.payment.ChargeOrRefund}).
 * One refund number per payment, so that however often it is tried, a double payment is refunded once; a refund
 * the provider cannot make now stays owed, and reconciliation tries again.
 */
public final class DoublePaymentRefunds {

    private final Refunds refunds;
    private final Payments payments;
    private final TransactionRunner transactions;

    public DoublePaymentRefunds(Refunds refunds, Payments payments, TransactionRunner transactions) {
        this.refunds = refunds;
        this.payments = payments;
        this.transactions = transactions;
    }

    /** Tries the refund now; answers the payment as it is afterwards. */
    public Payment giveBack(Payment owing) {
        tryRefund(owing);
        return transactions.withoutTransaction(() -> payments.findById(owing.id())).orElseThrow();
    }

    /** Tries the refund now; answers what the provider made of it. */
    public RefundOutcome tryRefund(Payment owing) {
        return refunds.refund(owing.id(), refundNumber(owing), owing.refundable(), RefundReason.DOUBLE_PAYMENT);
    }

    /** The one refund number of a double payment's refund. */
    public static String refundNumber(Payment payment) {
        return "DP-" + payment.id();
    }
}
