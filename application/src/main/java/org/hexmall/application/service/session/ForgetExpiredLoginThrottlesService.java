package org.hexmall.application.service.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hexmall.application.port.in.session.ForgetExpiredLoginThrottles;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.application.port.out.persistence.TransactionRunner;

/**
 * Forgets the throttles of unknown logins and client addresses that have run out, and the failed logins that named
 * no account once they are older than any window the login rules count over.
 */
public final class ForgetExpiredLoginThrottlesService implements ForgetExpiredLoginThrottles {

    /** How long a failed login that named no account is kept: far longer than the login rules' window of minutes. */
    public static final Duration UNKNOWN_FAILURES_KEPT = Duration.ofDays(1);

    private final LoginThrottles throttles;
    private final LoginHistory loginHistory;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ForgetExpiredLoginThrottlesService(LoginThrottles throttles, LoginHistory loginHistory,
                                              TransactionRunner transactions, Clock clock) {
        this.throttles = throttles;
        this.loginHistory = loginHistory;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int forget() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            loginHistory.forgetUnknownLoginFailuresBefore(now.minus(UNKNOWN_FAILURES_KEPT));
            return throttles.forgetExpired(now);
        });
    }
}
