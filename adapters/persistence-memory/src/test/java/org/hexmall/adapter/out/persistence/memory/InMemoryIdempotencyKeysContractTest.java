package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.IdempotencyKeys;
import org.hexmall.application.port.out.persistence.IdempotencyKeysContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryIdempotencyKeysContractTest extends IdempotencyKeysContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected IdempotencyKeys idempotencyKeys() {
        return persistence.idempotencyKeys();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
