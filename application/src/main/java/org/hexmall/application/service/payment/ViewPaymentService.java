package org.hexmall.application.service.payment;

import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;

public final class ViewPaymentService implements ViewPayment {

    private final Payments payments;
    private final Orders orders;
    private final TransactionRunner transactions;

    public ViewPaymentService(Payments payments, Orders orders, TransactionRunner transactions) {
        this.payments = payments;
        this.orders = orders;
        this.transactions = transactions;
    }

    @Override
    public Optional<PaymentView> view(CustomerId customerId, PaymentId paymentId) {
        return transactions.inTransaction(() -> payments.findById(paymentId).flatMap(payment ->
                orders.findById(payment.orderId())
                        .filter(order -> order.customerId().equals(customerId))
                        .map(order -> PaymentView.of(payment, order.number()))));
    }
}
