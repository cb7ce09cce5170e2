package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.PaymentPricingsContract;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryPaymentPricingsContractTest extends PaymentPricingsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected PaymentPricings pricings() {
        return persistence.paymentPricings();
    }

    @Override
    protected Payments payments() {
        return persistence.payments();
    }

    @Override
    protected Orders orders() {
        return persistence.orders();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
