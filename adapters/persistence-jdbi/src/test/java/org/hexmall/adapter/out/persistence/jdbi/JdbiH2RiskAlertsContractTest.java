package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.RiskAlertsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2RiskAlertsContractTest extends RiskAlertsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected RiskAlerts riskAlerts() {
        return database.persistence().riskAlerts();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
