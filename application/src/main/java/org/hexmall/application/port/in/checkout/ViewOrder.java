package org.hexmall.application.port.in.checkout;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;

/** A customer opens one of their orders; another customer's order is as good as absent. */
public interface ViewOrder {

    Optional<Order> view(CustomerId customerId, OrderId orderId);
}
