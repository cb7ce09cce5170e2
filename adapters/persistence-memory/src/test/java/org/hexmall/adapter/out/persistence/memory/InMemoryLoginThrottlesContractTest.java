package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.application.port.out.persistence.LoginThrottlesContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryLoginThrottlesContractTest extends LoginThrottlesContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected LoginThrottles loginThrottles() {
        return persistence.loginThrottles();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
