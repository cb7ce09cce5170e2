package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntriesContract;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.RiskAlerts;

class InMemoryCustomerTimelineEntriesContractTest extends CustomerTimelineEntriesContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected CustomerTimelineEntries timelineEntries() {
        return persistence.customerTimelineEntries();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }

    @Override
    protected LoginHistory loginHistory() {
        return persistence.loginHistory();
    }

    @Override
    protected CaseNotes caseNotes() {
        return persistence.caseNotes();
    }

    @Override
    protected Orders orders() {
        return persistence.orders();
    }

    @Override
    protected Payments payments() {
        return persistence.payments();
    }

    @Override
    protected RiskAlerts riskAlerts() {
        return persistence.riskAlerts();
    }
}
