package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.SecurityEventsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresSecurityEventsContractTest extends SecurityEventsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected SecurityEvents securityEvents() {
        return database.persistence().securityEvents();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
