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
 * @param resources  what to close when hexmall stops
 */
record PersistenceAdapters(PersistencePorts ports, Optional<DataSource> dataSource, AutoCloseable resources) {

    /**
     * @param cipher     encrypts what the database keeps of wallet accounts
     * @param roundTrips counts the database's round trips when given (a benchmark or a budget test)
     */
    static PersistenceAdapters of(HexmallConfig config, AesGcmFieldCipher cipher,
                                  Optional<RoundTripCounter> roundTrips) {
        return switch (config.persistence()) {
            case JDBI -> {
                var database = new DatabaseSettings(config.databaseUrl(), config.databaseUser(),
                        config.databasePassword());
                var encryption = new CipheredFields(cipher);
                yield jdbi(roundTrips.map(counter -> JdbiPersistence.start(database, encryption, counter))
                        .orElseGet(() -> JdbiPersistence.start(database, encryption)));
            }
            case MEMORY -> inMemory(new InMemoryPersistence());
        };
    }

    private static PersistenceAdapters jdbi(JdbiPersistence jdbi) {
        return new PersistenceAdapters(PersistencePorts.of(jdbi), Optional.of(jdbi.simulatorsDataSource()), jdbi);
    }

    private static PersistenceAdapters inMemory(InMemoryPersistence memory) {
        return new PersistenceAdapters(PersistencePorts.of(memory), Optional.empty(), () -> { });
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
