package org.hexmall.application.service.payment;

import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;

public final class ViewOrderPaymentsService implements ViewOrderPayments {

    private final Orders orders;
    private final Payments payments;
    private final TransactionRunner transactions;

    public ViewOrderPaymentsService(Orders orders, Payments payments, TransactionRunner transactions) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
    }

    @Override
    public Optional<OrderPayments> view(CustomerId customerId, OrderId orderId) {
        return transactions.inTransaction(() -> orders.findById(orderId)
                .filter(order -> order.customerId().equals(customerId))
                .map(order -> new OrderPayments(order, payments.findByOrder(order.id()).stream()
                        .map(payment -> PaymentView.of(payment, order.number()))
                        .toList())));
    }
}
