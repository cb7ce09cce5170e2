package org.hexmall.simulator.face;

import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the SIMULATED face-check service keeps its open checks and the failure the demo switched on: in memory for
 * tests and a demo without a database, or in tables of its own beside the store's, so that every node of a demo
 * behind a load balancer sees the same checks.
 */
public interface FaceCheckStore {

    /** Kept in this process's memory. */
    static FaceCheckStore inMemory() {
        return new InMemoryFaceCheckStore();
    }

    /** Kept in that database, in tables that the service's own migration history creates and updates. */
    static FaceCheckStore onDatabase(DataSource dataSource) {
        return JdbiFaceCheckStore.migrate(dataSource);
    }

    /**
     * As {@link #onDatabase(DataSource)}, on a database whose tables are known to be up to date already (one made
     * from the migrations of this very build): its migration history is left as it is, unchecked.
     */
    static FaceCheckStore onMigratedDatabase(DataSource dataSource) {
        return JdbiFaceCheckStore.on(dataSource);
    }

    /** Stores a new check or its new answer. */
    void save(FaceCheckSimulator.Check check);

    Optional<FaceCheckSimulator.Check> find(String reference);

    /** Forgets the checks opened before {@code cutoff}. */
    void forgetOpenedBefore(Instant cutoff);

    FaceFault fault();

    void setFault(FaceFault fault);
}
