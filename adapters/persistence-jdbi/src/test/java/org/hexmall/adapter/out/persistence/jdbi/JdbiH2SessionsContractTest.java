package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.SessionsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2SessionsContractTest extends SessionsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Sessions sessions() {
        return database.persistence().sessions();
    }
}
