package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.application.port.out.persistence.RiskHoldsContract;

class InMemoryRiskHoldsContractTest extends RiskHoldsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected RiskHolds riskHolds() {
        return persistence.riskHolds();
    }

    @Override
    protected RiskAlerts riskAlerts() {
        return persistence.riskAlerts();
    }

    @Override
    protected RiskFacts riskFacts() {
        return persistence.riskFacts();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
