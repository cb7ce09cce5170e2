package org.hexmall.simulator.face;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/** Runs when {@value TestDatabases#POSTGRES_URL_VARIABLE} names a PostgreSQL server; skipped otherwise. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class JdbiPostgresFaceCheckStoreTest extends FaceCheckStoreContract {

    private static final String SCHEMA = "test_mock_face_" + UUID.randomUUID().toString().replace("-", "");
    private static PGSimpleDataSource database;
    private static FaceCheckStore store;

    @BeforeAll
    static void createSchema() throws SQLException {
        database = TestDatabases.freshPostgresSchema(SCHEMA);
        store = FaceCheckStore.onDatabase(database);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestDatabases.dropPostgresSchema(SCHEMA);
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        TestDatabases.execute(database, "DELETE FROM mock_face_checks", "DELETE FROM mock_face_fault");
    }

    @Override
    protected FaceCheckStore store() {
        return store;
    }
}
