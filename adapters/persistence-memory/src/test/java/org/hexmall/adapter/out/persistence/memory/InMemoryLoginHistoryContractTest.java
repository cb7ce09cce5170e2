package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.LoginHistoryContract;

class InMemoryLoginHistoryContractTest extends LoginHistoryContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected LoginHistory loginHistory() {
        return persistence.loginHistory();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
