package org.hexmall.application.service.session;

import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.security.SessionId;

public final class LogOutService implements LogOut {

    private final Sessions sessions;
    private final TransactionRunner transactions;

    public LogOutService(Sessions sessions, TransactionRunner transactions) {
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public void logOut(SessionId session) {
        transactions.inTransaction(() -> sessions.delete(session));
    }
}
