package org.hexmall.application.port.in.payment;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;

/** The customer opens an order and sees its payment attempts. */
public interface ViewOrderPayments {

    /** Empty when there is no such order among the customer's. An order whose time to pay ran out is closed first. */
    Optional<OrderPayments> view(CustomerId customerId, OrderId orderId);

    /**
     * An order with its payments, oldest first.
     *
     * @param beingConfirmed the payment whose outcome the store is still finding out, if there is one: the order
     *                       cannot be paid again meanwhile
     */
    record OrderPayments(Order order, List<PaymentView> payments, Optional<PaymentView> beingConfirmed) {
        public OrderPayments {
            payments = List.copyOf(payments);
        }

        /** True when the customer can start paying now: the order awaits payment and no payment is being confirmed. */
        public boolean canPayNow() {
            return order.isPayable() && beingConfirmed.isEmpty();
        }
    }
}
