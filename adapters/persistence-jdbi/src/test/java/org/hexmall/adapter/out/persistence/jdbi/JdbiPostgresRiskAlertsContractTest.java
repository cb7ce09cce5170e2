package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.RiskAlertsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresRiskAlertsContractTest extends RiskAlertsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected RiskAlerts riskAlerts() {
        return database.persistence().riskAlerts();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
