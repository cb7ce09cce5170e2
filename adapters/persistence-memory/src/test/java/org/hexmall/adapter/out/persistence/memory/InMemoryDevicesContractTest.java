package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.DevicesContract;

class InMemoryDevicesContractTest extends DevicesContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Devices devices() {
        return persistence.devices();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }
}
