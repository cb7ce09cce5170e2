package org.hexmall.simulator.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiH2SmsOutboxTest extends SmsOutboxContract {

    private final JdbcDataSource database = TestDatabases.freshH2();
    private final SmsOutbox outbox = SmsOutbox.onDatabase(database);

    @Override
    protected SmsOutbox outbox() {
        return outbox;
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        TestDatabases.execute(database, "SHUTDOWN");
    }

    @Test
    void theOutboxTableIsCreatedBesideTheStoresOwnTables() throws SQLException {
        JdbcDataSource storesDatabase = TestDatabases.freshH2();
        TestDatabases.execute(storesDatabase, "CREATE TABLE customers (id VARCHAR(36) PRIMARY KEY)");
        try {
            SmsOutbox.onDatabase(storesDatabase);
            SmsOutbox migratedTwice = SmsOutbox.onDatabase(storesDatabase);

            migratedTwice.add(new SmsMessage(LI_LEI, "hello", TEN));

            assertThat(migratedTwice.messagesTo(LI_LEI)).hasSize(1);
        } finally {
            TestDatabases.execute(storesDatabase, "SHUTDOWN");
        }
    }
}
