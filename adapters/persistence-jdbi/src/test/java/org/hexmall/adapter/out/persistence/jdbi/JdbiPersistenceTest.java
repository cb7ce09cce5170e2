package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    private JdbiPersistence start() {
        return JdbiPersistence.start(new DatabaseSettings(url, null, null), new FakeFieldEncryption());
    }

    @Test
    void givenStoredCustomer_restartingOnTheSameDatabase_keepsThem() {
        Customer liLei = Customer.register(new CustomerId(UUID.randomUUID()), new PhoneNumber("13800000001"),
                Optional.empty(), new DisplayName("Li Lei"), new PasswordHash("$argon2id$v=19$example"),
                Instant.parse("2025-11-11T08:00:00Z"));
        try (JdbiPersistence firstRun = start()) {
            firstRun.customers().add(liLei);
        }

        try (JdbiPersistence secondRun = start()) {
            assertThat(secondRun.customers().findById(liLei.id())).isPresent();
        }
    }

    @Test
    void whileRunning_storageIsReachable() {
        try (JdbiPersistence persistence = start()) {
            assertThat(persistence.storageHealth().isReachable()).isTrue();
        }
    }

    @Test
    void afterClose_storageIsNotReachable() {
        JdbiPersistence persistence = start();
        persistence.close();

        assertThat(persistence.storageHealth().isReachable()).isFalse();
    }

    @Test
    void dataSource_reachesTheMigratedDatabase_forAdaptersWithTablesOfTheirOwn() throws SQLException {
        try (JdbiPersistence persistence = start();
             Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM wallet_bindings")) {
            assertThat(count.next()).isTrue();
            assertThat(count.getInt(1)).isZero();
        }
    }

    @Test
    void anH2Database_keepsEveryStatementHexmallRunsPrepared_notOnlyTheLastEight() throws SQLException {
        try (JdbiPersistence persistence = start();
             Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getInt(1)).isEqualTo(JdbiPersistence.H2_STATEMENTS_KEPT).isGreaterThan(8);
        }
    }

    @Test
    void hexmallClosesAnEmbeddedH2DatabaseItself_unlessItsUrlSaysOtherwiseOrH2MustDoIt() {
        assertThat(JdbiPersistence.closesItsOwnDatabase("jdbc:h2:file:./data/hexmall")).isTrue();
        assertThat(JdbiPersistence.closesItsOwnDatabase("jdbc:h2:file:./data/hexmall;WRITE_DELAY=0")).isTrue();
        assertThat(JdbiPersistence.closesItsOwnDatabase("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(JdbiPersistence.closesItsOwnDatabase("jdbc:h2:file:./data/hexmall;auto_server=true"))
                .as("a database other processes open through this one").isFalse();
        assertThat(JdbiPersistence.closesItsOwnDatabase("jdbc:h2:file:./data/hexmall;DB_CLOSE_ON_EXIT=TRUE"))
                .as("the URL's own choice").isFalse();
        assertThat(JdbiPersistence.closesItsOwnDatabase("jdbc:h2:tcp://localhost/~/hexmall")).as("over TCP").isFalse();
    }
}
