package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.TransactionRunnerContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2TransactionRunnerContractTest extends TransactionRunnerContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
