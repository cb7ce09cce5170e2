package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.WorkClaims;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Leases in the {@code work_claims} table. A lease that ran out is taken over by a conditional update, which of two
 * nodes only one can make (the other, waiting on the row, finds it held again); a new one is inserted, and the primary
 * key lets only one of two nodes that insert at once have it.
 */
public final class JdbiWorkClaims implements WorkClaims {

    private static final String BEFORE_CLAIM = "before_work_claim";

    private final JdbiTransactionRunner transactions;

    JdbiWorkClaims(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean claim(Work work, String item, Instant now, Instant until) {
        return transactions.withCurrentHandle(handle -> takeOver(handle, work, item, now, until)
                || (handle.isInTransaction() ? insertBehindSavepoint(handle, work, item, until)
                : insert(handle, work, item, until)));
    }

    @Override
    public void release(Work work, String item) {
        transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM work_claims WHERE work = :work AND item = :item")
                .bind("work", work.name())
                .bind("item", item)
                .execute());
    }

    private static boolean takeOver(Handle handle, Work work, String item, Instant now, Instant until) {
        return handle.createUpdate("""
                        UPDATE work_claims SET held_until = :until
                        WHERE work = :work AND item = :item AND held_until <= :now""")
                .bind("until", utc(until))
                .bind("work", work.name())
                .bind("item", item)
                .bind("now", utc(now))
                .execute() == 1;
    }

    /**
     * PostgreSQL refuses every further statement of a transaction in which one failed, so the insert runs behind a
     * savepoint; going back to it after a refused claim lets the rest of the transaction go on.
     */
    private static boolean insertBehindSavepoint(Handle handle, Work work, String item, Instant until) {
        handle.savepoint(BEFORE_CLAIM);
        boolean claimed = insert(handle, work, item, until);
        if (claimed) {
            handle.releaseSavepoint(BEFORE_CLAIM);
        } else {
            handle.rollbackToSavepoint(BEFORE_CLAIM);
        }
        return claimed;
    }

    /** True if the item was free; false if the primary key refused it because another node holds it. */
    private static boolean insert(Handle handle, Work work, String item, Instant until) {
        try {
            handle.createUpdate("INSERT INTO work_claims (work, item, held_until) VALUES (:work, :item, :until)")
                    .bind("work", work.name())
                    .bind("item", item)
                    .bind("until", utc(until))
                    .execute();
            return true;
        } catch (UnableToExecuteStatementException failure) {
            if (UniqueValues.isUniqueViolation(failure)) {
                return false;
            }
            throw failure;
        }
    }
}
