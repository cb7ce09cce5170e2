package org.hexmall.application.service.checkout;

import org.hexmall.application.service.checkout.shared.OverdueOrders;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.checkout.ViewOrder;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;

public final class ViewOrderService implements ViewOrder {

    private final Orders orders;
    private final TransactionRunner transactions;
    private final CheckoutSettings settings;
    private final Clock clock;

    public ViewOrderService(Orders orders, TransactionRunner transactions, CheckoutSettings settings, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<Order> view(CustomerId customerId, OrderId orderId) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> orders.findById(orderId)
                .filter(order -> order.customerId().equals(customerId))
                .map(order -> OverdueOrders.closeIfOverdue(orders, order, settings, now)));
    }
}
