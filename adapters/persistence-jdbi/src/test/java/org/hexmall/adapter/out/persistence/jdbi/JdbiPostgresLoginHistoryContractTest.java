package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.LoginHistoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresLoginHistoryContractTest extends LoginHistoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected LoginHistory loginHistory() {
        return database.persistence().loginHistory();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
