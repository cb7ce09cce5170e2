package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Idempotency keys in the {@code idempotency_keys} table. Its primary key decides: of two nodes that receive
 * the same request at once, only one can insert its key. Outside a transaction each statement commits on its
 * own, so a claim is seen by every node as soon as it returns.
 */
public final class JdbiIdempotencyKeys implements IdempotencyKeys {

    private static final String BEFORE_CLAIM = "before_idempotency_key_claim";

    private final JdbiTransactionRunner transactions;

    JdbiIdempotencyKeys(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean claim(String scope, String key, String fingerprint, Instant now, Instant keepUntil) {
        return transactions.withCurrentHandle(handle -> handle.isInTransaction()
                ? claimWithinTransaction(handle, scope, key, fingerprint, now, keepUntil)
                : insert(handle, scope, key, fingerprint, now, keepUntil));
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT fingerprint, result, claimed_at FROM idempotency_keys
                        WHERE scope = :scope AND idem_key = :key""")
                .bind("scope", scope)
                .bind("key", key)
                .map((row, context) -> new IdempotencyRecord(row.getString("fingerprint"),
                        Optional.ofNullable(row.getString("result")), instant(row, "claimed_at")))
                .findOne());
    }

    @Override
    public void complete(String scope, String key, String result) {
        transactions.useCurrentHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE idempotency_keys SET result = :result
                            WHERE scope = :scope AND idem_key = :key""")
                    .bind("scope", scope)
                    .bind("key", key)
                    .bind("result", result)
                    .execute();
            if (updated == 0) {
                throw new IllegalStateException("only a claimed key gets a result");
            }
        });
    }

    @Override
    public void release(String scope, String key) {
        transactions.useCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM idempotency_keys WHERE scope = :scope AND idem_key = :key")
                .bind("scope", scope)
                .bind("key", key)
                .execute());
    }

    @Override
    public int forgetExpired(Instant now) {
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM idempotency_keys WHERE keep_until < :now")
                .bind("now", utc(now))
                .execute());
    }

    /**
     * PostgreSQL refuses every further statement of a transaction in which one failed, so the insert runs
     * behind a savepoint; going back to it after a refused claim lets the rest of the unit of work go on.
     */
    private static boolean claimWithinTransaction(Handle handle, String scope, String key, String fingerprint,
                                                  Instant now, Instant keepUntil) {
        handle.savepoint(BEFORE_CLAIM);
        boolean claimed = insert(handle, scope, key, fingerprint, now, keepUntil);
        if (claimed) {
            handle.releaseSavepoint(BEFORE_CLAIM);
        } else {
            handle.rollbackToSavepoint(BEFORE_CLAIM);
        }
        return claimed;
    }

    /** True if the key was free; false if the primary key refused it because it was claimed before. */
    private static boolean insert(Handle handle, String scope, String key, String fingerprint, Instant now,
                                  Instant keepUntil) {
        try {
            handle.createUpdate("""
                            INSERT INTO idempotency_keys (scope, idem_key, fingerprint, claimed_at, keep_until)
                            VALUES (:scope, :key, :fingerprint, :claimedAt, :keepUntil)""")
                    .bind("scope", scope)
                    .bind("key", key)
                    .bind("fingerprint", fingerprint)
                    .bind("claimedAt", utc(now))
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
