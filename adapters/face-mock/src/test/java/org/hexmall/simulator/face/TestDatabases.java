package org.hexmall.simulator.face;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Empty databases for the face-check store's tests. */
final class TestDatabases {

    /** Set to a PostgreSQL JDBC URL, such as jdbc:postgresql://127.0.0.1:5432/test?user=postgres, to test on it. */
    static final String POSTGRES_URL_VARIABLE = "HEXMALL_TEST_PG_URL";

    private TestDatabases() {
    }

    /** An H2 database of its own in memory, kept until a test runs SHUTDOWN on it. */
    static JdbcDataSource freshH2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** A new schema on the PostgreSQL server the environment names; the connections use it. */
    static PGSimpleDataSource freshPostgresSchema(String schema) throws SQLException {
        String serverUrl = System.getenv(POSTGRES_URL_VARIABLE);
        var server = new PGSimpleDataSource();
        server.setURL(serverUrl);
        execute(server, "CREATE SCHEMA " + schema);
        var inSchema = new PGSimpleDataSource();
        inSchema.setURL(serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        return inSchema;
    }

    static void dropPostgresSchema(String schema) throws SQLException {
        var server = new PGSimpleDataSource();
        server.setURL(System.getenv(POSTGRES_URL_VARIABLE));
        execute(server, "DROP SCHEMA " + schema + " CASCADE");
    }

    static void execute(DataSource database, String... statements) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
