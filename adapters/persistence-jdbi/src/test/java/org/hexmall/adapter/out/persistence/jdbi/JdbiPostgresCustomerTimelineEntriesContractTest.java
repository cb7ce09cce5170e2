package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntriesContract;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresCustomerTimelineEntriesContractTest extends CustomerTimelineEntriesContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected CustomerTimelineEntries timelineEntries() {
        return database.persistence().customerTimelineEntries();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }

    @Override
    protected LoginHistory loginHistory() {
        return database.persistence().loginHistory();
    }

    @Override
    protected CaseNotes caseNotes() {
        return database.persistence().caseNotes();
    }

    @Override
    protected Orders orders() {
        return database.persistence().orders();
    }

    @Override
    protected Payments payments() {
        return database.persistence().payments();
    }

    @Override
    protected RiskAlerts riskAlerts() {
        return database.persistence().riskAlerts();
    }
}
