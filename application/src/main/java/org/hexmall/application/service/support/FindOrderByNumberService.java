package org.hexmall.application.service.support;

import java.util.Optional;
import org.hexmall.application.port.in.support.FindOrderByNumber;
import org.hexmall.application.port.in.support.OrderSummary;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.shared.DomainException;

public final class FindOrderByNumberService implements FindOrderByNumber {

    private final Orders orders;
    private final Payments payments;
    private final TransactionRunner transactions;

    public FindOrderByNumberService(Orders orders, Payments payments, TransactionRunner transactions) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
    }

    @Override
    public Optional<OrderSummary> find(String typedNumber) {
        Optional<OrderNumber> number;
        try {
            number = Optional.of(OrderNumber.parse(typedNumber));
        } catch (DomainException notAnOrderNumber) {
            number = Optional.empty();
        }
        // The order's payments say whether it was paid, and whether its money went back since.
        return number.flatMap(valid -> transactions.inTransaction(() -> orders.findByNumber(valid)
                .map(order -> OrderSummary.of(order, payments.findByOrder(order.id())))));
    }
}
