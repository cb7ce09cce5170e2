package org.hexmall.application.service.session.shared;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;

/**
 * Moves a visitor who just logged in to a brand-new session, so that a session id somebody planted
 * or saw before the login is worthless afterwards. Call it inside the login's transaction.
 */
public final class SessionRotation {

    private final Sessions sessions;
    private final RandomTokens tokens;

    public SessionRotation(Sessions sessions, RandomTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** Moves the visitor to a new session id, on the device the session was on (a step-up, for one). */
    public Session signIn(SessionId current, Principal principal, Instant now) {
        Session previous = previousOf(current, now);
        return renew(previous, principal, previous.device(), now);
    }

    /** As {@link #signIn(SessionId, Principal, Instant)}, for a login on {@code device}, which may end it later. */
    public Session signIn(SessionId current, Principal principal, DeviceId device, Instant now) {
        return renew(previousOf(current, now), principal, device, now);
    }

    private Session previousOf(SessionId current, Instant now) {
        return sessions.findById(current)
                .orElseGet(() -> Session.anonymous(current, tokens.token(), Language.ENGLISH, now));
    }

    private Session renew(Session previous, Principal principal, DeviceId device, Instant now) {
        sessions.delete(previous.id());
        Session signedIn = previous.signedInAs(principal, new SessionId(tokens.token()), tokens.token(), device, now);
        sessions.save(signedIn);
        return signedIn;
    }
}
