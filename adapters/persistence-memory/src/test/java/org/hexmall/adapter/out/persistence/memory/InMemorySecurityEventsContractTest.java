package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.SecurityEventsContract;

class InMemorySecurityEventsContractTest extends SecurityEventsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected SecurityEvents securityEvents() {
        return persistence.securityEvents();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
