package org.hexmall.application.port.in.payment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.checkout.Order;

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
    }
}
