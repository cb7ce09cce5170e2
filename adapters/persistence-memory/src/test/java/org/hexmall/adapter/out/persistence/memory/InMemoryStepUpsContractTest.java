package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.StepUps;
import org.hexmall.application.port.out.persistence.StepUpsContract;

class InMemoryStepUpsContractTest extends StepUpsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected StepUps stepUps() {
        return persistence.stepUps();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
