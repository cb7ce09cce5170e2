package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.application.port.out.persistence.LoginThrottlesContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresLoginThrottlesContractTest extends LoginThrottlesContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected LoginThrottles loginThrottles() {
        return database.persistence().loginThrottles();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
