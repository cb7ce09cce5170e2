package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.application.port.out.persistence.WalletReconfirmationsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2WalletReconfirmationsContractTest extends WalletReconfirmationsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected WalletReconfirmations walletReconfirmations() {
        return database.persistence().walletReconfirmations();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }

    @Override
    protected Devices devices() {
        return database.persistence().devices();
    }

    @Override
    protected WalletBindings walletBindings() {
        return database.persistence().walletBindings();
    }
}
