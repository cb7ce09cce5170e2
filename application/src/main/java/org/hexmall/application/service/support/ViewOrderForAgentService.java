package org.hexmall.application.service.support;

import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.ViewOrderForAgent;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.checkout.OrderId;

public final class ViewOrderForAgentService implements ViewOrderForAgent {

    private final Orders orders;
    private final Payments payments;
    private final TransactionRunner transactions;
    private final Customers customers;

    public ViewOrderForAgentService(Orders orders, Payments payments, TransactionRunner transactions) {
        this(orders, payments, transactions, null);
    }

    /** @param customers where the customer's name is read, so that the page names who placed the order */
    public ViewOrderForAgentService(Orders orders, Payments payments, TransactionRunner transactions,
                                    Customers customers) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
        this.customers = customers;
    }

    @Override
    public Optional<OrderFile> view(OrderId orderId) {
        return transactions.inTransaction(() -> orders.findById(orderId)
                .map(order -> new OrderFile(order, payments.findByOrder(order.id()).stream()
                        .map(PaymentView::of)
                        .toList(), customerName(order))));
    }

    private String customerName(org.hexmall.domain.checkout.Order order) {
        return customers == null ? "" : customers.findById(order.customerId())
                .map(customer -> customer.displayName().value()).orElse("");
    }
}
