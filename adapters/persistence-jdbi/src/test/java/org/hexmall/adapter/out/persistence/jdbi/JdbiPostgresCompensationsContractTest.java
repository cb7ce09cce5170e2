package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.CompensationsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresCompensationsContractTest extends CompensationsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected Compensations compensations() {
        return database.persistence().compensations();
    }

    @Override
    protected Agents agents() {
        return database.persistence().agents();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
