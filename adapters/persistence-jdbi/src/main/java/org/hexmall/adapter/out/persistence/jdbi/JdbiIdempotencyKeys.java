package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.IdempotencyKeyTakenException;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Idempotency keys in the {@code idempotency_keys} table. Its primary key decides: of two nodes that run the same
 * request at once, only one can insert its key; the database makes the other wait until the first commits, then
 * refuses it, and its whole transaction is undone.
 */
public final class JdbiIdempotencyKeys implements IdempotencyKeys {

    private final JdbiTransactionRunner transactions;

    JdbiIdempotencyKeys(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(String scope, String key, String fingerprint, String result, Instant now, Instant keepUntil) {
        try {
            transactions.useCurrentHandle(handle -> handle.createUpdate("""
                            INSERT INTO idempotency_keys (scope, idem_key, fingerprint, result, recorded_at, keep_until)
                            VALUES (:scope, :key, :fingerprint, :result, :recordedAt, :keepUntil)""")
                    .bind("scope", scope)
                    .bind("key", key)
                    .bind("fingerprint", fingerprint)
                    .bind("result", result)
                    .bind("recordedAt", utc(now))
                    .bind("keepUntil", utc(keepUntil))
                    .execute());
        } catch (UnableToExecuteStatementException failure) {
            if (UniqueValues.isUniqueViolation(failure)) {
                throw new IdempotencyKeyTakenException("this key came with a request before");
            }
            throw failure;
        }
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT fingerprint, result, recorded_at FROM idempotency_keys
                        WHERE scope = :scope AND idem_key = :key""")
                .bind("scope", scope)
                .bind("key", key)
                .map((row, context) -> new IdempotencyRecord(row.getString("fingerprint"), row.getString("result"),
                        instant(row, "recorded_at")))
                .findOne());
    }

    @Override
    public int forgetExpired(Instant now) {
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM idempotency_keys WHERE keep_until < :now")
                .bind("now", utc(now))
                .execute());
    }
}
