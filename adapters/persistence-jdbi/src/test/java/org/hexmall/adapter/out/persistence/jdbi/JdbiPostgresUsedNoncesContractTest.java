package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.UsedNoncesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresUsedNoncesContractTest extends UsedNoncesContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected UsedNonces usedNonces() {
        return database.persistence().usedNonces();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
