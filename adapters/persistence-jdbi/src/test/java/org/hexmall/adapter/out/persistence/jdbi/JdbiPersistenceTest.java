package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiPersistenceTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @AfterEach
    void dropDatabase() throws SQLException {
        TestDatabase.execute(url, "SHUTDOWN");
    }

    @Test
    void givenStoredCustomer_restartingOnTheSameDatabase_keepsThem() {
        Customer liLei = Customer.register(new CustomerId(UUID.randomUUID()), new PhoneNumber("13800000001"),
                Optional.empty(), new DisplayName("Li Lei"), new PasswordHash("$argon2id$v=19$example"),
                Instant.parse("2025-11-11T08:00:00Z"));
        try (JdbiPersistence firstRun = JdbiPersistence.start(new DatabaseSettings(url, null, null))) {
            firstRun.customers().add(liLei);
        }

        try (JdbiPersistence secondRun = JdbiPersistence.start(new DatabaseSettings(url, null, null))) {
            assertThat(secondRun.customers().findById(liLei.id())).isPresent();
        }
    }

    @Test
    void whileRunning_storageIsReachable() {
        try (JdbiPersistence persistence = JdbiPersistence.start(new DatabaseSettings(url, null, null))) {
            assertThat(persistence.storageHealth().isReachable()).isTrue();
        }
    }

    @Test
    void afterClose_storageIsNotReachable() {
        JdbiPersistence persistence = JdbiPersistence.start(new DatabaseSettings(url, null, null));
        persistence.close();

        assertThat(persistence.storageHealth().isReachable()).isFalse();
    }
}
