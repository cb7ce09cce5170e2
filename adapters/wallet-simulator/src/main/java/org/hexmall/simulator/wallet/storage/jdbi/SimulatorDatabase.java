package org.hexmall.simulator.wallet.storage.jdbi;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The simulated providers' own {@code mock_wallet_*} tables, on H2 or PostgreSQL. */
public final class SimulatorDatabase {

    /** The SQL state both H2 and PostgreSQL report when a row with the same key exists. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** One SQL parser for every simulator database in the process, so that each statement is parsed once. */
    private static final SqlParser SQL_PARSER = new ColonPrefixSqlParser();

    private SimulatorDatabase() {
    }

    /**
     * Brings the simulator's tables up to date with its own history table, so that its migrations and the
     * store's never get in each other's way. The schema already holds the store's tables, which Flyway would
     * refuse as "not empty" without a baseline; the baseline is version 0 so that V1 still runs after it.
     */
    public static Jdbi migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/mock-wallet")
                .table("flyway_history_mock_wallet")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return on(dataSource);
    }

    /** On a database whose tables are up to date. */
    public static Jdbi on(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        // A failed statement's message shows its SQL, never the bound values (password hashes among them).
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.SHORT_STATEMENT);
        jdbi.getConfig(SqlStatements.class).setSqlParser(SQL_PARSER);
        return jdbi;
    }

    /** True when the statement failed because a row with the same key exists, as when two requests race. */
    static boolean isUniqueViolation(UnableToExecuteStatementException failure) {
        return failure.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
