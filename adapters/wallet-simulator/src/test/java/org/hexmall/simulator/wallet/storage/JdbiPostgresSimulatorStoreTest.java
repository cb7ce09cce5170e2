package org.hexmall.simulator.wallet.storage;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/** Runs when {@value TestDatabases#POSTGRES_URL_VARIABLE} names a PostgreSQL server; skipped otherwise. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class JdbiPostgresSimulatorStoreTest extends SimulatorStoreContract {

    private static final String SCHEMA = "test_mock_wallet_" + UUID.randomUUID().toString().replace("-", "");
    private static PGSimpleDataSource database;
    private static SimulatorStore store;

    @BeforeAll
    static void createSchema() throws SQLException {
        database = TestDatabases.freshPostgresSchema(SCHEMA);
        store = SimulatorStore.onDatabase(database);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestDatabases.dropPostgresSchema(SCHEMA);
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        TestDatabases.execute(database, "DELETE FROM mock_wallet_refunds", "DELETE FROM mock_wallet_payments",
                "DELETE FROM mock_wallet_accounts", "DELETE FROM mock_wallet_agreements",
                "DELETE FROM mock_wallet_authorization_requests", "DELETE FROM mock_wallet_faults",
                "DELETE FROM mock_wallet_notification_attempts");
    }

    @Override
    protected SimulatorStore store() {
        return store;
    }
}
