package org.hexmall.application.port.in.payment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.shared.Money;

/** Purchases grouped by the month they were placed in, newest month and newest order first. */
public record PurchaseRecords(List<Month> months) {

    public PurchaseRecords {
        months = List.copyOf(months);
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    /** One month's purchases. */
    public record Month(YearMonth month, List<Purchase> purchases) {
        public Month {
            purchases = List.copyOf(purchases);
        }
    }

    /**
     * An order and, once paid, the payment that paid it.
     */
    public record Purchase(Order order, Optional<PaymentView> paidWith) {

        /** Where it stands: a paid order whose money went back reads as refunded, in part or in full. */
        public PurchaseStatus status() {
            return PurchaseStatus.of(order.status(), paidWith);
        }

        /**
         * What the wallet was charged, after discounts and the points spent, as the payment page, the wallet and the
         * payment record say; empty until the order is paid. The order's total is the goods before any of that.
         */
        public Optional<Money> amountPaid() {
            return paidWith.map(PaymentView::amount);
        }
    }
}
