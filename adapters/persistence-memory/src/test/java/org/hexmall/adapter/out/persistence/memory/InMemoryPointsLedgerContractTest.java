package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.PointsLedgerContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryPointsLedgerContractTest extends PointsLedgerContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected PointsLedger pointsLedger() {
        return persistence.pointsLedger();
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
