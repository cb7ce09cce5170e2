package org.hexmall.bootstrap;

import java.util.Optional;
import javax.sql.DataSource;
import org.hexmall.adapter.out.persistence.jdbi.DatabaseSettings;
import org.hexmall.adapter.out.persistence.jdbi.JdbiPersistence;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.adapter.out.persistence.memory.InMemoryPersistence;
import org.hexmall.application.port.out.security.FieldCipher;

/**
 * The persistence adapter that {@code HEXMALL_PERSISTENCE} picks: its out-ports, and what else the running
 * application needs of it.
 *
 * @param dataSource the database, when there is one: the simulated providers keep their own tables in it
 * @param resources  what to close when hexmall stops
 */
record PersistenceAdapters(PersistencePorts ports, Optional<DataSource> dataSource, AutoCloseable resources) {

    /** @param roundTrips counts the database's round trips when given (a benchmark or a budget test) */
    static PersistenceAdapters of(HexmallConfig config, FieldCipher cipher, Optional<RoundTripCounter> roundTrips) {
        return switch (config.persistence()) {
            case JDBI -> {
                var database = new DatabaseSettings(config.databaseUrl(), config.databaseUser(),
                        config.databasePassword());
                yield jdbi(roundTrips.map(counter -> JdbiPersistence.start(database, cipher, counter))
                        .orElseGet(() -> JdbiPersistence.start(database, cipher)));
            }
            case MEMORY -> inMemory(new InMemoryPersistence());
        };
    }

    private static PersistenceAdapters jdbi(JdbiPersistence jdbi) {
        return new PersistenceAdapters(PersistencePorts.of(jdbi), Optional.of(jdbi.dataSource()), jdbi);
    }

    private static PersistenceAdapters inMemory(InMemoryPersistence memory) {
        return new PersistenceAdapters(PersistencePorts.of(memory), Optional.empty(), () -> { });
    }
}
