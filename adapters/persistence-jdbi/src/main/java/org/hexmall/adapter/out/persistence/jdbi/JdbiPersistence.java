package org.hexmall.adapter.out.persistence.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.StorageHealth;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;

/**
 * Every persistence out-port, kept in H2 or PostgreSQL through one connection pool. Starting it brings the
 * schema up to date; closing it closes the pool.
 */
public final class JdbiPersistence implements AutoCloseable {

    private final HikariDataSource pool;
    private final JdbiTransactionRunner transactions;
    private final JdbiCustomers customers;
    private final JdbiLoginHistory loginHistory;
    private final JdbiAgents agents;
    private final JdbiSessions sessions;
    private final JdbiStorageHealth storageHealth;

    private JdbiPersistence(HikariDataSource pool) {
        this.pool = pool;
        Jdbi jdbi = Jdbi.create(pool);
        // A failed statement's message shows its SQL but never the bound values: those include password
        // hashes, session ids and form tokens, and such messages end up in logs.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.SHORT_STATEMENT);
        this.transactions = new JdbiTransactionRunner(jdbi);
        this.customers = new JdbiCustomers(transactions);
        this.loginHistory = new JdbiLoginHistory(transactions);
        this.agents = new JdbiAgents(transactions);
        this.sessions = new JdbiSessions(transactions);
        this.storageHealth = new JdbiStorageHealth(jdbi);
    }

    /** Connects, migrates the schema to the latest version, and fails at once if either cannot be done. */
    public static JdbiPersistence start(DatabaseSettings settings) {
        HikariDataSource pool = new HikariDataSource(poolFor(settings));
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new JdbiPersistence(pool);
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }

    private static HikariConfig poolFor(DatabaseSettings settings) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("hexmall");
        pool.setJdbcUrl(settings.url());
        if (isGiven(settings.user())) {
            pool.setUsername(settings.user());
        }
        if (isGiven(settings.password())) {
            pool.setPassword(settings.password());
        }
        // A connection is only busy while the database works for it, so about two per core (plus one for
        // a wait on disk) keep the database fully busy; more would only queue inside it. This is the
        // PostgreSQL wiki's rule of thumb, which HikariCP's "About Pool Sizing" recommends.
        pool.setMaximumPoolSize(Runtime.getRuntime().availableProcessors() * 2 + 1);
        // A request fails soon rather than waiting long behind a database that does not answer.
        pool.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        return pool;
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }

    public Customers customers() {
        return customers;
    }

    public LoginHistory loginHistory() {
        return loginHistory;
    }

    public Agents agents() {
        return agents;
    }

    public Sessions sessions() {
        return sessions;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    public StorageHealth storageHealth() {
        return storageHealth;
    }

    @Override
    public void close() {
        pool.close();
    }
}
