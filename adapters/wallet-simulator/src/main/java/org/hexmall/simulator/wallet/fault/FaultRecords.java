package org.hexmall.simulator.wallet.fault;

import java.util.Map;
import java.util.Optional;

/** Where the simulated providers keep the faults they were told to have. */
public interface FaultRecords {

    /** Injects the fault, replacing any other fault at the same target. */
    void put(FaultTarget target, Fault fault);

    void remove(FaultTarget target);

    Optional<Fault> find(FaultTarget target);

    Map<FaultTarget, Fault> all();

    void clear();
}
