package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.domain.security.LoginThrottle;
import org.jdbi.v3.core.Handle;

/**
 * The throttles of unknown logins in the {@code login_throttles} table, one row per login key. Keeping one updates
 * the row, or inserts it when there is none, and updates it after all when another attempt inserted it meanwhile;
 * two failures of the same unknown login at the same moment may count as one, as two of a registered login may.
 */
public final class JdbiLoginThrottles implements LoginThrottles {

    private static final String BEFORE_INSERT = "before_login_throttle_insert";

    private final JdbiTransactionRunner transactions;

    JdbiLoginThrottles(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public LoginThrottle find(String loginKey) {
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT failed_logins, locked_until FROM login_throttles WHERE login_key = :key")
                .bind("key", loginKey)
                .map((row, context) -> new LoginThrottle(row.getInt("failed_logins"), instant(row, "locked_until")))
                .findOne()
                .orElse(LoginThrottle.CLEAR));
    }

    @Override
    public void keep(String loginKey, LoginThrottle throttle, Instant keepUntil) {
        transactions.withCurrentHandle(handle -> {
            if (update(handle, loginKey, throttle, keepUntil) == 0 && !insert(handle, loginKey, throttle, keepUntil)) {
                // Another attempt at the same login inserted its row between the update and the insert.
                update(handle, loginKey, throttle, keepUntil);
            }
            return null;
        });
    }

    @Override
    public int forgetExpired(Instant now) {
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM login_throttles WHERE keep_until < :now")
                .bind("now", utc(now))
                .execute());
    }

    /** True if the row was inserted; false if another attempt inserted the same login's row first. */
    private static boolean insert(Handle handle, String loginKey, LoginThrottle throttle, Instant keepUntil) {
        return UniqueValues.insertedUnlessTaken(handle, BEFORE_INSERT, () -> handle.createUpdate("""
                        INSERT INTO login_throttles (login_key, failed_logins, locked_until, keep_until)
                        VALUES (:key, :failedLogins, :lockedUntil, :keepUntil)""")
                .bind("key", loginKey)
                .bind("failedLogins", throttle.consecutiveFailures())
                .bind("lockedUntil", utc(throttle.lockedUntil()))
                .bind("keepUntil", utc(keepUntil))
                .execute());
    }

    private static int update(Handle handle, String loginKey, LoginThrottle throttle, Instant keepUntil) {
        return handle.createUpdate("""
                        UPDATE login_throttles
                        SET failed_logins = :failedLogins, locked_until = :lockedUntil, keep_until = :keepUntil
                        WHERE login_key = :key""")
                .bind("key", loginKey)
                .bind("failedLogins", throttle.consecutiveFailures())
                .bind("lockedUntil", utc(throttle.lockedUntil()))
                .bind("keepUntil", utc(keepUntil))
                .execute();
    }
}
