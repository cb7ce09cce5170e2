package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.jdbi.v3.core.Handle;
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
        answerRefusingDuplicates(message, () -> {
            statement.run();
            return null;
        });
    }

    /** As {@link #refusingDuplicates(String, Runnable)}, answering what the statement answers. */
    static <T> T answerRefusingDuplicates(String message, Supplier<T> statement) {
        try {
            return statement.get();
        } catch (UnableToExecuteStatementException failure) {
            if (isUniqueViolation(failure)) {
                throw new DuplicateKeyException(message);
            }
            throw failure;
        }
    }

    /**
     * Runs the insert; answers true if it inserted, false if a unique value refused it because another transaction
     * inserted the same first, and the caller's transaction goes on. PostgreSQL refuses every further statement of a
     * transaction in which one failed, so within a transaction the insert runs behind the savepoint named, and going
     * back to it lets the transaction go on.
     */
    static boolean insertedUnlessTaken(Handle handle, String savepoint, Runnable insert) {
        boolean inTransaction = handle.isInTransaction();
        if (inTransaction) {
            handle.savepoint(savepoint);
        }
        try {
            insert.run();
            if (inTransaction) {
                handle.releaseSavepoint(savepoint);
            }
            return true;
        } catch (UnableToExecuteStatementException failure) {
            if (!isUniqueViolation(failure)) {
                throw failure;
            }
            if (inTransaction) {
                handle.rollbackToSavepoint(savepoint);
            }
            return false;
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
