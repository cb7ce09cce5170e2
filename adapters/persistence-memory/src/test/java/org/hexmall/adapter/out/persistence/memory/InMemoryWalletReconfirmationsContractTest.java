package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.application.port.out.persistence.WalletReconfirmationsContract;

class InMemoryWalletReconfirmationsContractTest extends WalletReconfirmationsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected WalletReconfirmations walletReconfirmations() {
        return persistence.walletReconfirmations();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }

    @Override
    protected Devices devices() {
        return persistence.devices();
    }

    @Override
    protected WalletBindings walletBindings() {
        return persistence.walletBindings();
    }
}
