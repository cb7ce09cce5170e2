package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.StorageHealth;

/** Memory is always at hand while the process runs. */
public final class InMemoryStorageHealth implements StorageHealth {

    InMemoryStorageHealth() {
    }

    @Override
    public boolean isReachable() {
        return true;
    }
}
