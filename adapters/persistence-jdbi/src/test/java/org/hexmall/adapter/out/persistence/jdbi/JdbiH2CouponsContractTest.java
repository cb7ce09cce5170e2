package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.CouponsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2CouponsContractTest extends CouponsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Coupons coupons() {
        return database.persistence().coupons();
    }

    @Override
    protected Campaigns campaigns() {
        return database.persistence().campaigns();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
