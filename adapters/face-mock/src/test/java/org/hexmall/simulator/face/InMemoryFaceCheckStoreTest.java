package org.hexmall.simulator.face;

class InMemoryFaceCheckStoreTest extends FaceCheckStoreContract {

    private final FaceCheckStore store = FaceCheckStore.inMemory();

    @Override
    protected FaceCheckStore store() {
        return store;
    }
}
