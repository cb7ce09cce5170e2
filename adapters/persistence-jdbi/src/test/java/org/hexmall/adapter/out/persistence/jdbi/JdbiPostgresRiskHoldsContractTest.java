package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.application.port.out.persistence.RiskHoldsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresRiskHoldsContractTest extends RiskHoldsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected RiskHolds riskHolds() {
        return database.persistence().riskHolds();
    }

    @Override
    protected RiskAlerts riskAlerts() {
        return database.persistence().riskAlerts();
    }

    @Override
    protected RiskFacts riskFacts() {
        return database.persistence().riskFacts();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
