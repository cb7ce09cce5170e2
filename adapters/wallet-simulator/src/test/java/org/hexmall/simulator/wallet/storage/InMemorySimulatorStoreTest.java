package org.hexmall.simulator.wallet.storage;

class InMemorySimulatorStoreTest extends SimulatorStoreContract {

    private final SimulatorStore store = SimulatorStore.inMemory();

    @Override
    protected SimulatorStore store() {
        return store;
    }
}
