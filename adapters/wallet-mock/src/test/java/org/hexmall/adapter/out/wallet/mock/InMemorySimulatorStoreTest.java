package org.hexmall.adapter.out.wallet.mock;

class InMemorySimulatorStoreTest extends SimulatorStoreContract {

    private final SimulatorStore store = SimulatorStore.inMemory();

    @Override
    protected SimulatorStore store() {
        return store;
    }
}
