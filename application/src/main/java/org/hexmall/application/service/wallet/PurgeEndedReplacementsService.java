package org.hexmall.application.service.wallet;

import java.time.Clock;
import org.hexmall.application.port.in.wallet.PurgeEndedReplacements;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.application.port.out.persistence.TransactionRunner;

public final class PurgeEndedReplacementsService implements PurgeEndedReplacements {

    private final PendingReplacements pendingReplacements;
    private final TransactionRunner transactions;
    private final Clock clock;

    public PurgeEndedReplacementsService(PendingReplacements pendingReplacements, TransactionRunner transactions,
                                         Clock clock) {
        this.pendingReplacements = pendingReplacements;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int purge() {
        return transactions.inTransaction(() -> pendingReplacements.removeEnded(clock.instant()));
    }
}
