package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database for one test class alone, emptied before each test. Register it in a static field with
 * {@code @RegisterExtension}.
 *
 * <p>The databases are kept for the whole test JVM: a class borrows one that an earlier class gave back, and a new one
 * is made and migrated only when none is free (so one of each kind when classes run one after the other); all are
 * dropped when the JVM ends. A new database for every class cost about a second per PostgreSQL class and a fifth of one
 * per H2 class (39 migrations, 37 classes of each), most of the module's test time: side by side on one busy machine,
 * the module took 72-136 s against 22-67 s, PostgreSQL's backends spent 19-27 processor-seconds on it against 4-7, and
 * it wrote some 245,000 rows into PostgreSQL's catalogue against 13,000, rows left dead that slowed the runs after it.
 * A database is given back only once emptied, so a class starts on empty tables as on a new database. The sequences
 * (order serials, generated ids) go on from where the last class left them, as they already do from one test to the
 * next: no test may depend on their first values.
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
     * A schema on the PostgreSQL server that {@value #POSTGRES_URL_VARIABLE} names, the class's alone while it runs;
     * without that variable the class is reported as skipped.
     */
    static TestDatabase postgres() {
        return new Postgres();
    }

    JdbiPersistence persistence() {
        return persistence;
    }

    /** Creates an empty database and returns the URL that reaches it. */
    abstract String create() throws SQLException;

    /** The migrated databases of this kind that this JVM made. */
    abstract Pool pool();

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        Optional<String> free = pool().borrow();
        if (free.isPresent()) {
            url = free.get();
            persistence = JdbiPersistence.startOnMigratedDatabase(new DatabaseSettings(url, null, null),
                    new FakeFieldEncryption(), Optional.empty());
        } else {
            url = create();
            pool().made(url);
            persistence = JdbiPersistence.start(new DatabaseSettings(url, null, null), new FakeFieldEncryption());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        empty();
    }

    /** Deletes the rows of every table, through a connection of the store's pool. */
    private void empty() throws SQLException {
        executeTogether(persistence.dataSource(),
                "DELETE FROM promotion_redemptions", "DELETE FROM promotion_customer_uses", "DELETE FROM coupons",
                "DELETE FROM points_ledger", "DELETE FROM campaigns", "DELETE FROM wallet_reconfirmations",
                "DELETE FROM pending_replacements", "DELETE FROM risk_alert_rules", "DELETE FROM risk_holds",
                "DELETE FROM risk_alerts", "DELETE FROM refund_cases", "DELETE FROM payment_pricings",
                "DELETE FROM payment_refunds", "DELETE FROM payment_events", "DELETE FROM payments",
                "DELETE FROM idempotency_keys", "DELETE FROM order_lines", "DELETE FROM orders",
                "DELETE FROM cart_lines", "DELETE FROM products", "DELETE FROM wallet_binding_events",
                "DELETE FROM wallet_bindings", "DELETE FROM verification_codes", "DELETE FROM audit_log",
                "DELETE FROM used_nonces", "DELETE FROM sessions", "DELETE FROM security_events",
                "DELETE FROM step_ups", "DELETE FROM password_reminders", "DELETE FROM login_history",
                "DELETE FROM login_throttles", "DELETE FROM devices", "DELETE FROM customers", "DELETE FROM agents",
                "DELETE FROM case_notes", "DELETE FROM compensations", "DELETE FROM work_claims",
                "DELETE FROM unknown_login_failures", "DELETE FROM dashboard_payment_counts",
                "DELETE FROM dashboard_binding_counts", "DELETE FROM dashboard_days");
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
            try {
                empty();
                // Only an emptied database is given back; another is dropped with the rest when the JVM ends.
                pool().giveBack(url);
            } finally {
                persistence.close();
                persistence = null;
            }
        }
    }

    String url() {
        return url;
    }

    /**
     * Runs the statements in one transaction and one batch: one commit for all of them, not one each, and to
     * PostgreSQL one round trip.
     */
    private static void executeTogether(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    statement.addBatch(sql);
                }
                statement.executeBatch();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
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

    /**
     * The migrated databases of one kind that this JVM made: a class borrows a free one, or makes a new one when none
     * is free, and gives it back emptied. All of them are dropped when the JVM ends.
     */
    static final class Pool {

        private final Deque<String> free = new ArrayDeque<>();
        private final List<String> made = new ArrayList<>();
        private final Dropper dropper;

        Pool(String kind, Dropper dropper) {
            this.dropper = dropper;
            Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "drops the " + kind + " test databases"));
        }

        synchronized Optional<String> borrow() {
            return Optional.ofNullable(free.pollFirst());
        }

        /** Records a database made for a class, which holds it until it gives it back. */
        synchronized void made(String url) {
            made.add(url);
        }

        synchronized void giveBack(String url) {
            free.addFirst(url);
        }

        private synchronized void dropAll() {
            for (String url : made) {
                try {
                    dropper.drop(url);
                } catch (SQLException | RuntimeException failure) {
                    System.err.println("A test database could not be dropped: " + failure);
                }
            }
            made.clear();
            free.clear();
        }
    }

    @FunctionalInterface
    interface Dropper {
        void drop(String url) throws SQLException;
    }

    private static final class H2 extends TestDatabase {

        private static final Pool POOL = new Pool("H2", url -> execute(url, "SHUTDOWN"));

        @Override
        Pool pool() {
            return POOL;
        }

        @Override
        String create() {
            // Kept while the pool is closed and reopened, until dropped.
            return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
    }

    private static final class Postgres extends TestDatabase implements ExecutionCondition {

        private static final String SERVER_URL = System.getenv(POSTGRES_URL_VARIABLE);
        private static final String SCHEMA_PARAMETER = "currentSchema=";
        private static final Pool POOL = new Pool("PostgreSQL", Postgres::dropSchema);

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return SERVER_URL == null || SERVER_URL.isBlank()
                    ? ConditionEvaluationResult.disabled(POSTGRES_URL_VARIABLE + " is not set: "
                            + "set it to a PostgreSQL JDBC URL, such as "
                            + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres, to run these tests")
                    : ConditionEvaluationResult.enabled("PostgreSQL at " + POSTGRES_URL_VARIABLE);
        }

        @Override
        Pool pool() {
            return POOL;
        }

        @Override
        String create() throws SQLException {
            String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
            execute(SERVER_URL, "CREATE SCHEMA " + schema);
            // Flyway migrates into the connection's current schema.
            return SERVER_URL + (SERVER_URL.contains("?") ? "&" : "?") + SCHEMA_PARAMETER + schema;
        }

        private static void dropSchema(String url) throws SQLException {
            String schema = url.substring(url.lastIndexOf(SCHEMA_PARAMETER) + SCHEMA_PARAMETER.length());
            execute(SERVER_URL, "DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
