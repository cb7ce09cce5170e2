package org.hexmall.application.port.in.support;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;

/**
 * An agent opens an order in the console: its lines and every payment attempt with its timeline and failure
 * reason, so that the agent can tell a caller exactly what happened.
 */
public interface ViewOrderForAgent {

    Optional<OrderFile> view(OrderId orderId);

    /** An order with its payments, oldest first, and the display name of the customer who placed it. */
    record OrderFile(Order order, List<PaymentView> payments, String customerName) {
        public OrderFile {
            payments = List.copyOf(payments);
            java.util.Objects.requireNonNull(customerName, "customerName");
        }

        public OrderFile(Order order, List<PaymentView> payments) {
            this(order, payments, "");
        }
    }
}
