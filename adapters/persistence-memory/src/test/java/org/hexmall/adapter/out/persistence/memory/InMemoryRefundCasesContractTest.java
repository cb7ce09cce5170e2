package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.RefundCasesContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryRefundCasesContractTest extends RefundCasesContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected RefundCases cases() {
        return persistence.refundCases();
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
