package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.CompensationsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryCompensationsContractTest extends CompensationsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Compensations compensations() {
        return persistence.compensations();
    }

    @Override
    protected Agents agents() {
        return persistence.agents();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
