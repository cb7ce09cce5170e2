package org.hexmall.adapter.out.persistence.jdbi;

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
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresDashboardFactsContractTest extends DashboardFactsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected DashboardFacts dashboardFacts() {
        return database.persistence().dashboardFacts();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
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
    protected WalletBindings walletBindings() {
        return database.persistence().walletBindings();
    }

    @Override
    protected RiskAlerts riskAlerts() {
        return database.persistence().riskAlerts();
    }

    @Override
    protected RefundCases refundCases() {
        return database.persistence().refundCases();
    }

    @Override
    protected Compensations compensations() {
        return database.persistence().compensations();
    }

    @Override
    protected Agents agents() {
        return database.persistence().agents();
    }

    @Override
    protected DashboardRollups dashboardRollups() {
        return database.persistence().dashboardRollups();
    }
}
