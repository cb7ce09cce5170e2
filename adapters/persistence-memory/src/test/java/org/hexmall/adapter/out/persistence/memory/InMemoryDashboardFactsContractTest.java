package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.DashboardFacts;
import org.hexmall.application.port.out.persistence.DashboardFactsContract;
import org.hexmall.application.port.out.persistence.DashboardRollups;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.WalletBindings;

class InMemoryDashboardFactsContractTest extends DashboardFactsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected DashboardFacts dashboardFacts() {
        return persistence.dashboardFacts();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
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
    protected WalletBindings walletBindings() {
        return persistence.walletBindings();
    }

    @Override
    protected RiskAlerts riskAlerts() {
        return persistence.riskAlerts();
    }

    @Override
    protected RefundCases refundCases() {
        return persistence.refundCases();
    }

    @Override
    protected Compensations compensations() {
        return persistence.compensations();
    }

    @Override
    protected Agents agents() {
        return persistence.agents();
    }

    @Override
    protected DashboardRollups dashboardRollups() {
        return persistence.dashboardRollups();
    }
}
