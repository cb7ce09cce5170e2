package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PaymentsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2PaymentsContractTest extends PaymentsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Payments anotherNode() {
        return database.secondNode().payments();
    }

    @Override
    protected Payments payments() {
        return database.persistence().payments();
    }

    @Override
    protected Orders orders() {
        return database.persistence().orders();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }

    @Override
    protected WalletBindings walletBindings() {
        return database.persistence().walletBindings();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
