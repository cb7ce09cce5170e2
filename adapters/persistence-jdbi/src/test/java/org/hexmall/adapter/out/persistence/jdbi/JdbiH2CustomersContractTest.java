package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.CustomersContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2CustomersContractTest extends CustomersContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
