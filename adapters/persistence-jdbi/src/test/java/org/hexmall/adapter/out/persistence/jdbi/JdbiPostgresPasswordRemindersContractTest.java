package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.application.port.out.persistence.PasswordRemindersContract;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresPasswordRemindersContractTest extends PasswordRemindersContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected PasswordReminders passwordReminders() {
        return database.persistence().passwordReminders();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }

    @Override
    protected SecurityEvents securityEvents() {
        return database.persistence().securityEvents();
    }
}
