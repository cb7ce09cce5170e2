package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.RiskFactsContract;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresRiskFactsContractTest extends RiskFactsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected RiskFacts riskFacts() {
        return database.persistence().riskFacts();
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
    protected LoginHistory loginHistory() {
        return database.persistence().loginHistory();
    }

    @Override
    protected Devices devices() {
        return database.persistence().devices();
    }

    @Override
    protected WalletReconfirmations walletReconfirmations() {
        return database.persistence().walletReconfirmations();
    }
}
