package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.application.port.out.persistence.PendingReplacementsContract;

class InMemoryPendingReplacementsContractTest extends PendingReplacementsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected PendingReplacements pendingReplacements() {
        return persistence.pendingReplacements();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
