package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.CouponsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryCouponsContractTest extends CouponsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Coupons coupons() {
        return persistence.coupons();
    }

    @Override
    protected Campaigns campaigns() {
        return persistence.campaigns();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
