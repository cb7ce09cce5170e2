package org.hexmall.bootstrap;

import java.util.Optional;
import javax.sql.DataSource;
import org.hexmall.adapter.out.persistence.jdbi.DatabaseSettings;
import org.hexmall.adapter.out.persistence.jdbi.JdbiPersistence;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.adapter.out.persistence.memory.InMemoryPersistence;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.StorageHealth;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.security.FieldCipher;

/**
 * The persistence out-ports, all from the one adapter that {@code HEXMALL_PERSISTENCE} picks.
 *
 * @param dataSource the database, when there is one: the simulated providers keep their own tables in it
 */
record PersistenceAdapters(
        Customers customers,
        LoginHistory loginHistory,
        Agents agents,
        Sessions sessions,
        WalletBindings walletBindings,
        VerificationCodes verificationCodes,
        AuditLog auditLog,
        UsedNonces usedNonces,
        Products products,
        Carts carts,
        Orders orders,
        Payments payments,
        IdempotencyKeys idempotencyKeys,
        TransactionRunner transactions,
        StorageHealth health,
        Optional<DataSource> dataSource,
        AutoCloseable resources) {

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
        return new PersistenceAdapters(jdbi.customers(), jdbi.loginHistory(), jdbi.agents(), jdbi.sessions(),
                jdbi.walletBindings(), jdbi.verificationCodes(), jdbi.auditLog(), jdbi.usedNonces(),
                jdbi.products(), jdbi.carts(), jdbi.orders(), jdbi.payments(), jdbi.idempotencyKeys(),
                jdbi.transactions(), jdbi.storageHealth(), Optional.of(jdbi.dataSource()), jdbi);
    }

    private static PersistenceAdapters inMemory(InMemoryPersistence memory) {
        return new PersistenceAdapters(memory.customers(), memory.loginHistory(), memory.agents(), memory.sessions(),
                memory.walletBindings(), memory.verificationCodes(), memory.auditLog(), memory.usedNonces(),
                memory.products(), memory.carts(), memory.orders(), memory.payments(), memory.idempotencyKeys(),
                memory.transactions(), memory.storageHealth(), Optional.empty(), () -> { });
    }
}
