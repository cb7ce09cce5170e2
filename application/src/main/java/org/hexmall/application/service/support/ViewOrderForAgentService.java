package org.hexmall.application.service.support;

import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.ViewOrderForAgent;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.checkout.OrderId;

public final class ViewOrderForAgentService implements ViewOrderForAgent {

    private final Orders orders;
    private final Payments payments;
    private final TransactionRunner transactions;

    public ViewOrderForAgentService(Orders orders, Payments payments, TransactionRunner transactions) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
    }

    @Override
    public Optional<OrderFile> view(OrderId orderId) {
        return transactions.inTransaction(() -> orders.findById(orderId)
                .map(order -> new OrderFile(order, payments.findByOrder(order.id()).stream()
                        .map(PaymentView::of)
                        .toList())));
    }
}
