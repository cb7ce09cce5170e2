package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database of its own for one test class, emptied before each test. Register it in a static
 * field with {@code @RegisterExtension}.
 */
abstract sealed class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String POSTGRES_URL_VARIABLE = "HEXMALL_TEST_PG_URL";

    private String url;
    private JdbiPersistence secondNode;
    private JdbiPersistence persistence;

    /** An H2 database in memory. */
    static TestDatabase h2() {
        return new H2();
    }

    /**
     * A schema of its own on the PostgreSQL server that {@value #POSTGRES_URL_VARIABLE} names, dropped after
     * the class; without that variable the class is reported as skipped.
     */
    static TestDatabase postgres() {
        return new Postgres();
    }

    JdbiPersistence persistence() {
        return persistence;
    }

    /** Creates the empty database and returns the URL that reaches it. */
    abstract String create() throws SQLException;

    abstract void drop() throws SQLException;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        url = create();
        persistence = JdbiPersistence.start(new DatabaseSettings(url, null, null), new FakeFieldEncryption());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        executeTogether(url, "DELETE FROM promotion_redemptions", "DELETE FROM promotion_customer_uses",
                "DELETE FROM coupons", "DELETE FROM points_ledger", "DELETE FROM campaigns",
                "DELETE FROM wallet_reconfirmations", "DELETE FROM pending_replacements", "DELETE FROM risk_alert_rules", "DELETE FROM risk_holds", "DELETE FROM risk_alerts",
                "DELETE FROM refund_cases", "DELETE FROM payment_pricings", "DELETE FROM payment_refunds", "DELETE FROM payment_events", "DELETE FROM payments",
                "DELETE FROM idempotency_keys", "DELETE FROM order_lines", "DELETE FROM orders",
                "DELETE FROM cart_lines", "DELETE FROM products", "DELETE FROM wallet_binding_events",
                "DELETE FROM wallet_bindings", "DELETE FROM verification_codes", "DELETE FROM audit_log",
                "DELETE FROM used_nonces", "DELETE FROM sessions", "DELETE FROM security_events",
                "DELETE FROM step_ups", "DELETE FROM password_reminders", "DELETE FROM login_history",
                "DELETE FROM login_throttles", "DELETE FROM devices", "DELETE FROM customers", "DELETE FROM agents",
                "DELETE FROM case_notes",
                "DELETE FROM compensations",
                "DELETE FROM work_claims",
                "DELETE FROM unknown_login_failures",
                "DELETE FROM dashboard_payment_counts", "DELETE FROM dashboard_binding_counts",
                "DELETE FROM dashboard_days");
    }

    /** A second node's store on the same database, as another node of a cluster has; started on first use. */
    synchronized JdbiPersistence secondNode() {
        if (secondNode == null) {
            secondNode = JdbiPersistence.start(new DatabaseSettings(url, null, null), new FakeFieldEncryption());
        }
        return secondNode;
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (secondNode != null) {
            secondNode.close();
            secondNode = null;
        }
        if (persistence != null) {
            persistence.close();
        }
        drop();
    }

    String url() {
        return url;
    }

    /** Runs the statements in one transaction: one commit for all of them, not one each. */
    private static void executeTogether(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        }
    }

    static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static final class H2 extends TestDatabase {

        @Override
        String create() {
            // Kept while the pool is closed and reopened, until dropped.
            return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }

        @Override
        void drop() throws SQLException {
            execute(url(), "SHUTDOWN");
        }
    }

    private static final class Postgres extends TestDatabase implements ExecutionCondition {

        private final String serverUrl = System.getenv(POSTGRES_URL_VARIABLE);
        private final String schema = "test_" + UUID.randomUUID().toString().replace("-", "");

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return serverUrl == null || serverUrl.isBlank()
                    ? ConditionEvaluationResult.disabled(POSTGRES_URL_VARIABLE + " is not set: "
                            + "set it to a PostgreSQL JDBC URL, such as "
                            + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres, to run these tests")
                    : ConditionEvaluationResult.enabled("PostgreSQL at " + POSTGRES_URL_VARIABLE);
        }

        @Override
        String create() throws SQLException {
            execute(serverUrl, "CREATE SCHEMA " + schema);
            // Flyway migrates into the connection's current schema.
            return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        @Override
        void drop() throws SQLException {
            execute(serverUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
