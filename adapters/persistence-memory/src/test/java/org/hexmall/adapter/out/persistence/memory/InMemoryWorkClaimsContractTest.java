package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WorkClaims;
import org.hexmall.application.port.out.persistence.WorkClaimsContract;

class InMemoryWorkClaimsContractTest extends WorkClaimsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected WorkClaims workClaims() {
        return persistence.workClaims();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
