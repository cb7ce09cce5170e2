package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLException;
import java.util.UUID;
import org.hexmall.domain.account.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A new schema on PostgreSQL migrates without a warning in the operator's log. PostgreSQL tells a client of what a
 * statement skipped as a notice (the search indexes' extension, which a database administrator creates once for the
 * whole database and which other schemas have created already), and the migrations' library would log each notice
 * as a warning at every first start, where nothing is wrong.
 */
class JdbiPostgresMigrationLogTest {

    private static final String SERVER_URL = System.getenv(TestDatabase.POSTGRES_URL_VARIABLE);

    @Test
    void aNewSchemaOfADatabaseThatHasTheSearchExtensionAlready_migratesWithoutAWarning() throws SQLException {
        assumeTrue(SERVER_URL != null && !SERVER_URL.isBlank(),
                TestDatabase.POSTGRES_URL_VARIABLE + " is not set: no PostgreSQL to migrate a schema of");
        TestDatabase.execute(SERVER_URL, "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
        String schema = "migration_log_" + UUID.randomUUID().toString().replace("-", "");
        TestDatabase.execute(SERVER_URL, "CREATE SCHEMA " + schema);
        var flyway = (Logger) LoggerFactory.getLogger("org.flywaydb");
        var lines = new ListAppender<ILoggingEvent>();
        lines.start();
        flyway.addAppender(lines);
        String thisThread = Thread.currentThread().getName();
        try (JdbiPersistence migrated = JdbiPersistence.start(new DatabaseSettings(SERVER_URL
                + (SERVER_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null),
                new FakeFieldEncryption())) {
            assertThat(migrated.customers().findByPhone(new PhoneNumber("13800000001")))
                    .as("a customer in the new schema").isEmpty();
        } finally {
            flyway.detachAppender(lines);
            TestDatabase.execute(SERVER_URL, "DROP SCHEMA " + schema + " CASCADE");
        }

        assertThat(lines.list).as("the migrations' warnings")
                .filteredOn(line -> line.getThreadName().equals(thisThread))
                .filteredOn(line -> line.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }
}
