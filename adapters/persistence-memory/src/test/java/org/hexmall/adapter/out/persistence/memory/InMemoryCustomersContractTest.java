package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.CustomersContract;

class InMemoryCustomersContractTest extends CustomersContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
