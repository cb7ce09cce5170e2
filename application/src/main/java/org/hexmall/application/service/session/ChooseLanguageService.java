package org.hexmall.application.service.session;

import org.hexmall.application.port.in.session.ChooseLanguage;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;

public final class ChooseLanguageService implements ChooseLanguage {

    private final Sessions sessions;
    private final TransactionRunner transactions;

    public ChooseLanguageService(Sessions sessions, TransactionRunner transactions) {
        this.sessions = sessions;
        this.transactions = transactions;
    }

    @Override
    public void choose(SessionId session, Language language) {
        transactions.inTransaction(() -> sessions.findById(session)
                .ifPresent(found -> sessions.save(found.speaking(language))));
    }
}
