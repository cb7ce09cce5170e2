package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.SQLException;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Turns the database's refusal of a taken unique value into the port's {@link DuplicateKeyException}. */
final class UniqueValues {

    /** The SQL standard's "unique violation", which H2 and PostgreSQL both report. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueValues() {
    }

    /**
     * Runs the statement; if a unique value is taken, throws {@link DuplicateKeyException} with the message.
     * The database's own error is left out because it quotes the value, which may be personal data.
     */
    static void refusingDuplicates(String message, Runnable statement) {
        try {
            statement.run();
        } catch (UnableToExecuteStatementException failure) {
            if (isUniqueViolation(failure)) {
                throw new DuplicateKeyException(message);
            }
            throw failure;
        }
    }

    /** True when the failure, or one of its causes, is the database refusing a taken unique value. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
