package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.DevicesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2DevicesContractTest extends DevicesContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Devices devices() {
        return database.persistence().devices();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
