package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletBindingsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2WalletBindingsContractTest extends WalletBindingsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected WalletBindings walletBindings() {
        return database.persistence().walletBindings();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
