package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.TransactionRunnerContract;

class InMemoryTransactionRunnerContractTest extends TransactionRunnerContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
