package org.hexmall.bootstrap;

import org.hexmall.adapter.out.persistence.jdbi.DatabaseSettings;
import org.hexmall.adapter.out.persistence.jdbi.JdbiPersistence;
import org.hexmall.adapter.out.persistence.memory.InMemoryPersistence;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.StorageHealth;
import org.hexmall.application.port.out.persistence.TransactionRunner;

/** The persistence out-ports, all from the one adapter that {@code HEXMALL_PERSISTENCE} picks. */
record PersistenceAdapters(
        Customers customers,
        LoginHistory loginHistory,
        Agents agents,
        Sessions sessions,
        TransactionRunner transactions,
        StorageHealth health,
        AutoCloseable resources) {

    static PersistenceAdapters of(HexmallConfig config) {
        return switch (config.persistence()) {
            case JDBI -> jdbi(JdbiPersistence.start(
                    new DatabaseSettings(config.databaseUrl(), config.databaseUser(), config.databasePassword())));
            case MEMORY -> inMemory(new InMemoryPersistence());
        };
    }

    private static PersistenceAdapters jdbi(JdbiPersistence jdbi) {
        return new PersistenceAdapters(jdbi.customers(), jdbi.loginHistory(), jdbi.agents(), jdbi.sessions(),
                jdbi.transactions(), jdbi.storageHealth(), jdbi);
    }

    private static PersistenceAdapters inMemory(InMemoryPersistence memory) {
        return new PersistenceAdapters(memory.customers(), memory.loginHistory(), memory.agents(), memory.sessions(),
                memory.transactions(), memory.storageHealth(), () -> { });
    }
}
