package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.PointsLedgerContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresPointsLedgerContractTest extends PointsLedgerContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected PointsLedger pointsLedger() {
        return database.persistence().pointsLedger();
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
