package org.hexmall.acceptance.nodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A schema of its own on the PostgreSQL server that {@code HEXMALL_TEST_PG_URL} names, for one test class, dropped with
 * everything in it at the end: tests running at the same time on the same server never see each other's rows.
 */
final class PostgresSchema implements AutoCloseable {

    static final String SERVER_VARIABLE = "HEXMALL_TEST_PG_URL";
    static final String NOT_SET = SERVER_VARIABLE + " is not set: set it to a PostgreSQL JDBC URL, such as "
            + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres, to run this test";

    private final String serverUrl;
    private final String name;

    private PostgresSchema(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** The server's URL, when the variable names one. */
    static Optional<String> server() {
        return Optional.ofNullable(System.getenv(SERVER_VARIABLE)).filter(url -> !url.isBlank());
    }

    /** Creates an empty schema, named after what it is for and a random suffix. */
    static PostgresSchema create(String serverUrl, String purpose) throws SQLException {
        var schema = new PostgresSchema(serverUrl, purpose + "_" + UUID.randomUUID().toString().replace("-", ""));
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    /** A URL that reaches the schema: Flyway and every query work in the connection's current schema. */
    String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** A connection to the schema, for reading what the store and the simulated wallets recorded. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
