package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PaymentsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;

class InMemoryPaymentsContractTest extends PaymentsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Payments payments() {
        return persistence.payments();
    }

    /** Payments kept in one node's memory have no other node: the one there is sees every change. */
    @Override
    protected Payments anotherNode() {
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
    protected WalletBindings walletBindings() {
        return persistence.walletBindings();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
