package org.hexmall.simulator.face;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The simulated face checks in this process's memory. */
final class InMemoryFaceCheckStore implements FaceCheckStore {

    private final Map<String, FaceCheckSimulator.Check> checks = new ConcurrentHashMap<>();
    private volatile FaceFault fault = FaceFault.NONE;

    @Override
    public void save(FaceCheckSimulator.Check check) {
        checks.put(check.reference(), check);
    }

    @Override
    public Optional<FaceCheckSimulator.Check> find(String reference) {
        return Optional.ofNullable(checks.get(reference));
    }

    @Override
    public void forgetOpenedBefore(Instant cutoff) {
        checks.values().removeIf(check -> check.openedAt().isBefore(cutoff));
    }

    @Override
    public FaceFault fault() {
        return fault;
    }

    @Override
    public void setFault(FaceFault newFault) {
        this.fault = newFault;
    }
}
