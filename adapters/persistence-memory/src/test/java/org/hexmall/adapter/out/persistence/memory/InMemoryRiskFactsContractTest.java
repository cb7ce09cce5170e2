package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.RiskFactsContract;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;

class InMemoryRiskFactsContractTest extends RiskFactsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected RiskFacts riskFacts() {
        return persistence.riskFacts();
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
    protected LoginHistory loginHistory() {
        return persistence.loginHistory();
    }

    @Override
    protected Devices devices() {
        return persistence.devices();
    }

    @Override
    protected WalletReconfirmations walletReconfirmations() {
        return persistence.walletReconfirmations();
    }
}
