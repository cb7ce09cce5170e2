package org.hexmall.simulator.sms;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/** Runs when {@value TestDatabases#POSTGRES_URL_VARIABLE} names a PostgreSQL server; skipped otherwise. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class JdbiPostgresSmsOutboxTest extends SmsOutboxContract {

    private static final String SCHEMA = "test_mock_sms_" + UUID.randomUUID().toString().replace("-", "");
    private static PGSimpleDataSource database;
    private static SmsOutbox outbox;

    @BeforeAll
    static void createSchema() throws SQLException {
        database = TestDatabases.freshPostgresSchema(SCHEMA);
        outbox = SmsOutbox.onDatabase(database);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestDatabases.dropPostgresSchema(SCHEMA);
    }

    @BeforeEach
    void emptyOutbox() throws SQLException {
        TestDatabases.execute(database, "DELETE FROM mock_sms_outbox");
    }

    @Override
    protected SmsOutbox outbox() {
        return outbox;
    }
}
