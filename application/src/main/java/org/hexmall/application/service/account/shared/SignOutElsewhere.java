package org.hexmall.application.service.account.shared;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/**
 * After a change to what signs a customer in (their password, their phone number), every other device signed in to
 * the account is logged out, and the visitor who made the change stays signed in under a new session id. Runs inside
 * the caller's transaction.
 */
public final class SignOutElsewhere {

    private final Sessions sessions;
    private final RandomTokens tokens;

    public SignOutElsewhere(Sessions sessions, RandomTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** Ends every session of the account, then signs this visitor in again under a new id, in their language. */
    public Session keepingOnly(CustomerId customer, SessionId current, Instant now) {
        Session before = sessions.findById(current).orElseThrow();
        sessions.deleteSignedInAs(customer);
        Session after = before.signedInAs(new Principal.Customer(customer), new SessionId(tokens.token()),
                tokens.token(), before.device(), now);
        sessions.save(after);
        return after;
    }
}
