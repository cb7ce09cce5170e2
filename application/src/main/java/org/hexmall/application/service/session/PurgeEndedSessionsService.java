package org.hexmall.application.service.session;

import java.time.Clock;
import org.hexmall.application.port.in.session.PurgeEndedSessions;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.security.Session;

public final class PurgeEndedSessionsService implements PurgeEndedSessions {

    private final Sessions sessions;
    private final TransactionRunner transactions;
    private final Clock clock;

    public PurgeEndedSessionsService(Sessions sessions, TransactionRunner transactions, Clock clock) {
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int purge() {
        return transactions.inTransaction(
                () -> sessions.deleteLastSeenBefore(clock.instant().minus(Session.IDLE_TIMEOUT)));
    }
}
