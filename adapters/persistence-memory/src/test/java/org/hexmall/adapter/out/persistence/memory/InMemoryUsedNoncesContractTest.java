package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.UsedNoncesContract;

class InMemoryUsedNoncesContractTest extends UsedNoncesContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected UsedNonces usedNonces() {
        return persistence.usedNonces();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
