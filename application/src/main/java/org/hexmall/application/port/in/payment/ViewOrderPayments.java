package org.hexmall.application.port.in.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.promotion.PriceBreakdown;

/** The customer opens an order and sees its payment attempts. */
public interface ViewOrderPayments {

    /** Empty when there is no such order among the customer's. An order whose time to pay ran out is closed first. */
    Optional<OrderPayments> view(CustomerId customerId, OrderId orderId);

    /**
     * An order with its payments, oldest first.
     *
     * @param beingConfirmed the payment whose outcome the store is still finding out, if there is one: the order
     *                       cannot be paid again meanwhile
     * @param prices         the price each payment started with, by payment; a payment started before prices had
     *                       breakdowns has none
     */
    record OrderPayments(Order order, List<PaymentView> payments, Optional<PaymentView> beingConfirmed,
                         Map<PaymentId, PriceBreakdown> prices) {
        public OrderPayments {
            payments = List.copyOf(payments);
            prices = Map.copyOf(prices);
        }

        /** An order whose payments have no recorded prices. */
        public OrderPayments(Order order, List<PaymentView> payments, Optional<PaymentView> beingConfirmed) {
            this(order, payments, beingConfirmed, Map.of());
        }

        /**
         * The price the order is shown with: the one of the payment that paid it, else of the latest payment; empty
         * before any payment.
         */
        public Optional<PriceBreakdown> price() {
            return payingPayment().or(() -> payments.isEmpty() ? Optional.empty() : Optional.of(payments.getLast()))
                    .map(payment -> prices.get(payment.id()));
        }

        /** The points the order earned: those of the payment that paid it; 0 while unpaid. */
        public long pointsEarned() {
            return payingPayment().map(payment -> prices.get(payment.id())).map(PriceBreakdown::pointsToEarn)
                    .orElse(0L);
        }

        private Optional<PaymentView> payingPayment() {
            return payments.stream()
                    .filter(payment -> payment.status() == PaymentStatus.SUCCEEDED)
                    .filter(payment -> payment.timeline().stream()
                            .noneMatch(event -> event.is(PaymentNote.DOUBLE_PAYMENT)))
                    .findFirst();
        }

        /** True when the customer can start paying now: the order awaits payment and no payment is being confirmed. */
        public boolean canPayNow() {
            return order.isPayable() && beingConfirmed.isEmpty();
        }
    }
}
