package org.hexmall.application.port.in.payment;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;

/** The customer opens an order and sees its payment attempts. */
public interface ViewOrderPayments {

    /** Empty when there is no such order among the customer's. */
    Optional<OrderPayments> view(CustomerId customerId, OrderId orderId);

    /** An order with its payments, oldest first. */
    record OrderPayments(Order order, List<PaymentView> payments) {
        public OrderPayments {
            payments = List.copyOf(payments);
        }
    }
}
