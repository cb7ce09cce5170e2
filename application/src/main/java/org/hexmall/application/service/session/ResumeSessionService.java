package org.hexmall.application.service.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;

public final class ResumeSessionService implements ResumeSession {

    private final Sessions sessions;
    private final TransactionRunner transactions;
    private final RandomTokens tokens;
    private final Clock clock;

    public ResumeSessionService(Sessions sessions, TransactionRunner transactions, RandomTokens tokens, Clock clock) {
        this.sessions = sessions;
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Session resume(Optional<SessionId> presented) {
        Instant now = clock.instant();
        // Each write here is one statement (end, touch or start a session): no transaction is needed around them.
        return transactions.withoutTransaction(() -> presented
                .flatMap(sessions::findById)
                .flatMap(session -> stillOpen(session, now))
                .orElseGet(() -> start(now)));
    }

    private Optional<Session> stillOpen(Session session, Instant now) {
        if (session.hasEndedAt(now)) {
            sessions.delete(session.id());
            return Optional.empty();
        }
        if (session.needsTouchAt(now)) {
            Session touched = session.touchedAt(now);
            sessions.save(touched);
            return Optional.of(touched);
        }
        return Optional.of(session);
    }

    private Session start(Instant now) {
        Session fresh = Session.anonymous(new SessionId(tokens.token()), tokens.token(), Language.ENGLISH, now);
        sessions.save(fresh);
        return fresh;
    }
}
