package org.hexmall.application.port.in.payment;

import java.util.Optional;
import org.hexmall.domain.checkout.OrderStatus;

/**
 * Where a purchase stands, as the customer's "My orders" and the console's list of a customer's orders say it: the
 * order's status, and for a paid order whether its money has gone back since, in part or in full. An order refunded
 * in full is no longer simply "paid", though the order itself stays paid.
 */
public enum PurchaseStatus {
    AWAITING_PAYMENT,
    PAID,
    /** Paid, and some of what the payment charged has gone back to the wallet. */
    PARTLY_REFUNDED,
    /** Paid, and everything the payment charged has gone back to the wallet. */
    REFUNDED,
    CLOSED;

    /** @param paidWith the payment that paid the order, once it was paid */
    public static PurchaseStatus of(OrderStatus order, Optional<PaymentView> paidWith) {
        return switch (order) {
            case AWAITING_PAYMENT -> AWAITING_PAYMENT;
            case CLOSED -> CLOSED;
            case PAID -> paidWith.map(PurchaseStatus::ofPayment).orElse(PAID);
        };
    }

    private static PurchaseStatus ofPayment(PaymentView payment) {
        if (payment.isFullyRefunded()) {
            return REFUNDED;
        }
        return payment.refunds().isEmpty() ? PAID : PARTLY_REFUNDED;
    }
}
