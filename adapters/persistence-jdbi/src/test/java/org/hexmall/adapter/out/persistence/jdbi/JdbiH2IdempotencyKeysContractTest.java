package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.IdempotencyKeys;
import org.hexmall.application.port.out.persistence.IdempotencyKeysContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2IdempotencyKeysContractTest extends IdempotencyKeysContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected IdempotencyKeys idempotencyKeys() {
        return database.persistence().idempotencyKeys();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
