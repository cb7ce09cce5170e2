package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AgentsContract;

class InMemoryAgentsContractTest extends AgentsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Agents agents() {
        return persistence.agents();
    }
}
