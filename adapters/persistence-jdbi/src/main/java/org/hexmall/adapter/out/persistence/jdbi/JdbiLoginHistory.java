package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.List;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginRecord;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Login attempts in the {@code login_history} table, and the failed logins that named no account in
 * {@code unknown_login_failures}.
 */
public final class JdbiLoginHistory implements LoginHistory {

    private static final RowMapper<LoginRecord> LOGIN_RECORD = new LoginRecordRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiLoginHistory(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(LoginRecord entry) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO login_history (customer_id, attempted_at, outcome, client_address)
                        VALUES (:customerId, :attemptedAt, :outcome, :clientAddress)""")
                .bind("customerId", entry.customerId().toString())
                .bind("attemptedAt", utc(entry.at()))
                .bind("outcome", entry.outcome().name())
                .bind("clientAddress", entry.clientAddress())
                .execute());
    }

    @Override
    public List<LoginRecord> latest(CustomerId customerId, int limit) {
        // Of two attempts at the same instant, the one recorded later comes first.
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT customer_id, attempted_at, outcome, client_address
                        FROM login_history
                        WHERE customer_id = :customerId
                        ORDER BY attempted_at DESC, id DESC
                        LIMIT :limit""")
                .bind("customerId", customerId.toString())
                .bind("limit", limit)
                .map(LOGIN_RECORD)
                .list());
    }

    @Override
    public void recordUnknownLoginFailure(String clientAddress, Instant at) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO unknown_login_failures (client_address, attempted_at)
                        VALUES (:clientAddress, :attemptedAt)""")
                .bind("clientAddress", clientAddress == null ? "" : clientAddress)
                .bind("attemptedAt", utc(at))
                .execute());
    }

    @Override
    public int forgetUnknownLoginFailuresBefore(Instant before) {
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM unknown_login_failures WHERE attempted_at < :before")
                .bind("before", utc(before))
                .execute());
    }
}
