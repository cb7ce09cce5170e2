package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What {@code /health} asks of the database: healthy while the store's tables answer; unhealthy when the database
 * answers without them, as after its schema was dropped, so that a load balancer stops sending customers there.
 */
class JdbiStorageHealthTest {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Test
    void theStoresDatabase_isHealthy() {
        assertThat(database.persistence().storageHealth().isReachable()).isTrue();
    }

    @Test
    void aDatabaseThatAnswersWithoutTheStoresTables_isNot() {
        Jdbi empty = Jdbi.create("jdbc:h2:mem:no-store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThat(new JdbiStorageHealth(empty).isReachable()).isFalse();
    }
}
