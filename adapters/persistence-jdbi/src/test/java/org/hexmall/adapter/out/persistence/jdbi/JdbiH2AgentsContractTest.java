package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AgentsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2AgentsContractTest extends AgentsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Agents agents() {
        return database.persistence().agents();
    }
}
