package org.hexmall.application.service.wallet;

import java.time.Clock;
import org.hexmall.application.port.in.wallet.ForgetExpiredNonces;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;

public final class ForgetExpiredNoncesService implements ForgetExpiredNonces {

    private final UsedNonces nonces;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ForgetExpiredNoncesService(UsedNonces nonces, TransactionRunner transactions, Clock clock) {
        this.nonces = nonces;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int forget() {
        return transactions.inTransaction(() -> nonces.forgetExpired(clock.instant()));
    }
}
