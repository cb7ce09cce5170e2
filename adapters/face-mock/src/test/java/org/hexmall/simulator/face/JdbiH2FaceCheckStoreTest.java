package org.hexmall.simulator.face;

import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;

class JdbiH2FaceCheckStoreTest extends FaceCheckStoreContract {

    private final JdbcDataSource database = TestDatabases.freshH2();
    private final FaceCheckStore store = FaceCheckStore.onDatabase(database);

    @Override
    protected FaceCheckStore store() {
        return store;
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        TestDatabases.execute(database, "SHUTDOWN");
    }
}
