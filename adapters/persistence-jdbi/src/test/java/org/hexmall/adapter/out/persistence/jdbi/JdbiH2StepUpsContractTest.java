package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.StepUps;
import org.hexmall.application.port.out.persistence.StepUpsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2StepUpsContractTest extends StepUpsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected StepUps stepUps() {
        return database.persistence().stepUps();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }
}
