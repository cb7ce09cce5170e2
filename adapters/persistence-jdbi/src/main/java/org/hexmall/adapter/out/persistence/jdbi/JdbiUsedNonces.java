package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Used nonces in the {@code used_nonces} table. Its primary key decides: of two nodes that receive the same
 * message at once, only one can insert its nonce, so a replay is refused even across the load balancer.
 */
public final class JdbiUsedNonces implements UsedNonces {

    private static final String BEFORE_CLAIM = "before_nonce_claim";

    private final JdbiTransactionRunner transactions;

    JdbiUsedNonces(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean claim(String issuer, String nonce, Instant keepUntil) {
        return transactions.withCurrentHandle(handle -> handle.isInTransaction()
                ? claimWithinTransaction(handle, issuer, nonce, keepUntil)
                : insert(handle, issuer, nonce, keepUntil));
    }

    @Override
    public int forgetExpired(Instant now) {
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM used_nonces WHERE keep_until < :now")
                .bind("now", utc(now))
                .execute());
    }

    /**
     * PostgreSQL refuses every further statement of a transaction in which one failed, so the insert runs
     * behind a savepoint; going back to it after a refused replay lets the rest of the unit of work go on.
     */
    private static boolean claimWithinTransaction(Handle handle, String issuer, String nonce, Instant keepUntil) {
        handle.savepoint(BEFORE_CLAIM);
        boolean claimed = insert(handle, issuer, nonce, keepUntil);
        if (claimed) {
            handle.releaseSavepoint(BEFORE_CLAIM);
        } else {
            handle.rollbackToSavepoint(BEFORE_CLAIM);
        }
        return claimed;
    }

    /** True if the nonce was new; false if the primary key refused it because it was used before. */
    private static boolean insert(Handle handle, String issuer, String nonce, Instant keepUntil) {
        try {
            handle.createUpdate("""
                            INSERT INTO used_nonces (issuer, nonce, keep_until)
                            VALUES (:issuer, :nonce, :keepUntil)""")
                    .bind("issuer", issuer)
                    .bind("nonce", nonce)
                    .bind("keepUntil", utc(keepUntil))
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
