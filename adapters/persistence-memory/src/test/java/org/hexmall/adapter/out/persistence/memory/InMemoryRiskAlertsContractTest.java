package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.RiskAlertsContract;

class InMemoryRiskAlertsContractTest extends RiskAlertsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected RiskAlerts riskAlerts() {
        return persistence.riskAlerts();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
