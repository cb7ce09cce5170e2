package org.hexmall.bootstrap;

import java.util.Optional;
import javax.sql.DataSource;
import org.hexmall.adapter.out.crypto.AesGcmFieldCipher;
import org.hexmall.adapter.out.persistence.jdbi.DatabaseSettings;
import org.hexmall.adapter.out.persistence.jdbi.FieldEncryption;
import org.hexmall.adapter.out.persistence.jdbi.JdbiPersistence;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.adapter.out.persistence.memory.InMemoryPersistence;

/**
 * The persistence adapter that {@code HEXMALL_PERSISTENCE} picks: its out-ports, and what else the running
 * application needs of it.
 *
 * @param dataSource the database, when there is one: the simulated providers keep their own tables in it, through
 *                   a pool apart from the store's
 * @param migrated   true when the database is known to be up to date with this build's migrations, the simulated
 *                   providers' among them, so that none of them need be checked
 * @param resources  what to close when hexmall stops
 */
record PersistenceAdapters(PersistencePorts ports, Optional<DataSource> dataSource, boolean migrated,
                           AutoCloseable resources) {

    /**
     * @param cipher     encrypts what the database keeps of wallet accounts
     * @param roundTrips counts the database's round trips when given (a benchmark or a budget test)
     */
    static PersistenceAdapters of(HexmallConfig config, AesGcmFieldCipher cipher,
                                  Optional<RoundTripCounter> roundTrips) {
        return of(config, cipher, roundTrips, false);
    }

    /**
     * As {@link #of(HexmallConfig, AesGcmFieldCipher, Optional)}; with {@code migrated}, on a database known to be up
     * to date with this build's migrations (made from its template in this very start), whose migrations are then
     * neither run nor checked.
     */
    static PersistenceAdapters of(HexmallConfig config, AesGcmFieldCipher cipher,
                                  Optional<RoundTripCounter> roundTrips, boolean migrated) {
        return switch (config.persistence()) {
            case JDBI -> {
                var database = new DatabaseSettings(config.databaseUrl(), config.databaseUser(),
                        config.databasePassword());
                var encryption = new CipheredFields(cipher);
                if (migrated) {
                    yield jdbi(JdbiPersistence.startOnMigratedDatabase(database, encryption, roundTrips), true);
                }
                yield jdbi(roundTrips.map(counter -> JdbiPersistence.start(database, encryption, counter))
                        .orElseGet(() -> JdbiPersistence.start(database, encryption)), false);
            }
            case MEMORY -> inMemory(new InMemoryPersistence());
        };
    }

    private static PersistenceAdapters jdbi(JdbiPersistence jdbi, boolean migrated) {
        return new PersistenceAdapters(PersistencePorts.of(jdbi), Optional.of(jdbi.simulatorsDataSource()), migrated,
                jdbi);
    }

    private static PersistenceAdapters inMemory(InMemoryPersistence memory) {
        return new PersistenceAdapters(PersistencePorts.of(memory), Optional.empty(), false, () -> { });
    }

    /** The crypto adapter's cipher, in the shape the JDBI adapter asks for: the two adapters do not know each other. */
    private record CipheredFields(AesGcmFieldCipher cipher) implements FieldEncryption {

        @Override
        public String encrypt(String plaintext) {
            return cipher.encrypt(plaintext);
        }

        @Override
        public String decrypt(String ciphertext) {
            return cipher.decrypt(ciphertext);
        }

        @Override
        public String blindIndex(String plaintext) {
            return cipher.blindIndex(plaintext);
        }
    }
}
