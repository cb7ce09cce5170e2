package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.application.port.out.persistence.PasswordRemindersContract;
import org.hexmall.application.port.out.persistence.SecurityEvents;

class InMemoryPasswordRemindersContractTest extends PasswordRemindersContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected PasswordReminders passwordReminders() {
        return persistence.passwordReminders();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }

    @Override
    protected SecurityEvents securityEvents() {
        return persistence.securityEvents();
    }
}
