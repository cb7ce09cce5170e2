package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletBindingsContract;

class InMemoryWalletBindingsContractTest extends WalletBindingsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected WalletBindings walletBindings() {
        return persistence.walletBindings();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
