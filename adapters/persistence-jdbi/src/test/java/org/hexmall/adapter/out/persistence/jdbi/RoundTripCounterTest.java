package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.RoundTrips;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Snapshot;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The round-trip counter that the checkout benchmark and the round-trip budget test read: what counts as one round
 * trip, of which kind, and whose.
 */
class RoundTripCounterTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final RoundTripCounter counter = new RoundTripCounter();
    private JdbiPersistence persistence;
    private Snapshot before;

    @BeforeEach
    void start() throws SQLException {
        persistence = JdbiPersistence.start(new DatabaseSettings(url, null, null), new FakeFieldEncryption(), counter);
        // A table named as the simulated providers name theirs.
        TestDatabase.execute(url, "CREATE TABLE mock_wallet_probe (id INT PRIMARY KEY)");
        before = counter.snapshot();
    }

    @AfterEach
    void stop() throws SQLException {
        persistence.close();
        TestDatabase.execute(url, "SHUTDOWN");
    }

    private RoundTrips hexmallSinceStart() {
        return counter.snapshot().minus(before).hexmall();
    }

    private RoundTrips simulatorsSinceStart() {
        return counter.snapshot().minus(before).simulatedProviders();
    }

    @Test
    void eachStatementExecuted_isOneRoundTrip_andOpeningConnectionsOrReadingRowsIsNone() throws SQLException {
        try (Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement();
             PreparedStatement customers = connection.prepareStatement("SELECT COUNT(*) FROM customers")) {
            statement.executeUpdate("DELETE FROM sessions");
            try (ResultSet count = customers.executeQuery()) {
                assertThat(count.next()).isTrue();
                assertThat(count.getInt(1)).isZero();
            }
        }

        assertThat(hexmallSinceStart()).isEqualTo(new RoundTrips(2, 0, 0, 0, 0));
    }

    @Test
    void aBatch_isOneRoundTrip_countedAsABatch_howeverManyRowsItCarries() throws SQLException {
        try (Connection connection = persistence.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO used_nonces (issuer, nonce, keep_until) VALUES (?, ?, ?)")) {
            for (int row = 0; row < 3; row++) {
                insert.setString(1, "alipay");
                insert.setString(2, "nonce-" + row);
                insert.setObject(3, OffsetDateTime.parse("2030-01-01T00:00:00Z"));
                insert.addBatch();
            }
            assertThat(insert.executeBatch()).hasSize(3);
        }

        assertThat(hexmallSinceStart()).isEqualTo(new RoundTrips(0, 1, 0, 0, 0));
    }

    @Test
    void aTransaction_endsWithOneCommit_orOneRollback_andItsSavepointsCountEach() throws SQLException {
        try (Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("DELETE FROM sessions");
            Savepoint beforeClaim = connection.setSavepoint("before_claim");
            connection.rollback(beforeClaim);
            Savepoint again = connection.setSavepoint("again");
            connection.releaseSavepoint(again);
            connection.commit();
            statement.executeUpdate("DELETE FROM sessions");
            connection.rollback();
            connection.setAutoCommit(true);
        }

        assertThat(hexmallSinceStart()).isEqualTo(new RoundTrips(2, 0, 1, 1, 4));
    }

    @Test
    void aStatementTheDatabaseRefuses_stillCounts() throws SQLException {
        try (Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM no_such_table"))
                    .isInstanceOf(SQLException.class);
        }

        assertThat(hexmallSinceStart().statements()).isEqualTo(1);
    }

    @Test
    void theSimulatorsTables_areCountedApart_withTheCommitsOfTheirTransactions() throws SQLException {
        try (Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO Mock_Wallet_Probe (id) VALUES (1)");
            connection.commit();
            connection.setAutoCommit(true);
        }

        assertThat(simulatorsSinceStart()).isEqualTo(new RoundTrips(1, 0, 1, 0, 0));
        assertThat(hexmallSinceStart()).isEqualTo(RoundTrips.NONE);
    }

    @Test
    void theOutPorts_areCounted_asHexmallsRoundTrips() {
        Customer liLei = Customer.register(new CustomerId(UUID.randomUUID()), new PhoneNumber("13800000001"),
                Optional.empty(), new DisplayName("Li Lei"), new PasswordHash("$argon2id$v=19$example"),
                Instant.parse("2025-11-11T08:00:00Z"));

        persistence.transactions().inTransaction(() -> {
            persistence.customers().add(liLei);
            return persistence.customers().findById(liLei.id());
        });

        RoundTrips counted = hexmallSinceStart();
        assertThat(counted.statements()).isGreaterThanOrEqualTo(2);
        assertThat(counted.commits()).isEqualTo(1);
        assertThat(simulatorsSinceStart()).isEqualTo(RoundTrips.NONE);
    }

    @Test
    void withoutACounter_theDataSourceIsThePoolItself_soNothingIsIntercepted() {
        try (JdbiPersistence uncounted = JdbiPersistence.start(new DatabaseSettings(url, null, null),
                new FakeFieldEncryption())) {
            assertThat(Proxy.isProxyClass(uncounted.dataSource().getClass())).isFalse();
        }
    }

    @Test
    void whileServingARequest_aThreadsRoundTripsCountApart_andAnotherThreadsNeverDo() throws Exception {
        Snapshot servingBefore = counter.servingSnapshot();
        Thread background = Thread.ofPlatform().start(() -> deleteSessions());
        background.join();
        counter.serving(() -> {
            deleteSessions();
            return null;
        });
        deleteSessions();

        assertThat(hexmallSinceStart()).as("everything, on every thread").isEqualTo(new RoundTrips(3, 0, 0, 0, 0));
        assertThat(counter.servingSnapshot().minus(servingBefore).hexmall())
                .as("only what was done while serving a request").isEqualTo(new RoundTrips(1, 0, 0, 0, 0));
    }

    private void deleteSessions() {
        try (Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM sessions");
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
