package org.hexmall.simulator.wallet.storage.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.FaultRecords;
import org.hexmall.simulator.wallet.fault.FaultTarget;

/** The injected faults in a concurrent map. */
public final class InMemoryFaultRecords implements FaultRecords {

    private final Map<FaultTarget, Fault> faults = new ConcurrentHashMap<>();

    @Override
    public void put(FaultTarget target, Fault fault) {
        faults.put(target, fault);
    }

    @Override
    public void remove(FaultTarget target) {
        faults.remove(target);
    }

    @Override
    public Optional<Fault> find(FaultTarget target) {
        return Optional.ofNullable(faults.get(target));
    }

    @Override
    public Map<FaultTarget, Fault> all() {
        return Map.copyOf(faults);
    }

    @Override
    public void clear() {
        faults.clear();
    }
}
