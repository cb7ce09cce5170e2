package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WorkClaims;
import org.hexmall.application.port.out.persistence.WorkClaimsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2WorkClaimsContractTest extends WorkClaimsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected WorkClaims workClaims() {
        return database.persistence().workClaims();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
