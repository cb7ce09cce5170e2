package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.application.port.out.persistence.PendingReplacementsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2PendingReplacementsContractTest extends PendingReplacementsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected PendingReplacements pendingReplacements() {
        return database.persistence().pendingReplacements();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
