package org.hexmall.application.port.in.session;

import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;

/** A visitor switches the language of the pages; the choice lasts for the session. */
public interface ChooseLanguage {

    void choose(SessionId session, Language language);
}
