package org.hexmall.application.service.health;

import org.hexmall.application.port.in.health.CheckHealth;
import org.hexmall.application.port.out.persistence.StorageHealth;

public final class CheckHealthService implements CheckHealth {

    private final StorageHealth storage;

    public CheckHealthService(StorageHealth storage) {
        this.storage = storage;
    }

    @Override
    public boolean isHealthy() {
        return storage.isReachable();
    }
}
