package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.SecurityEventsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2SecurityEventsContractTest extends SecurityEventsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected SecurityEvents securityEvents() {
        return database.persistence().securityEvents();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
