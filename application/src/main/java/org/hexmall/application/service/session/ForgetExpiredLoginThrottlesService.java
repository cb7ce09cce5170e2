package org.hexmall.application.service.session;

import java.time.Clock;
import org.hexmall.application.port.in.session.ForgetExpiredLoginThrottles;
import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.application.port.out.persistence.TransactionRunner;

public final class ForgetExpiredLoginThrottlesService implements ForgetExpiredLoginThrottles {

    private final LoginThrottles throttles;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ForgetExpiredLoginThrottlesService(LoginThrottles throttles, TransactionRunner transactions, Clock clock) {
        this.throttles = throttles;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int forget() {
        return transactions.inTransaction(() -> throttles.forgetExpired(clock.instant()));
    }
}
