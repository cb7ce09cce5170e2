package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.SessionsContract;

class InMemorySessionsContractTest extends SessionsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Sessions sessions() {
        return persistence.sessions();
    }
}
