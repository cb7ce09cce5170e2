package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/**
 * Which customer an API request acts for. A client proves it with the token {@code POST /api/v1/tokens}
 * gave it ({@code Authorization: Bearer …}), or, from the storefront's own pages, with the shop's session
 * cookie. Both name a session in the same store, so a login, a logout or the idle timeout counts for
 * both alike, on every node.
 * <p>
 * A browser sends the cookie with any request, even one another site makes it send, so a cookie request
 * that changes something must also carry the session's form token in {@value #CSRF_HEADER}, which only the
 * shop's own pages know. A bearer token is never sent by a browser on its own, so it needs no form token.
 */
final class CustomerAuthentication {

    static final String CSRF_HEADER = "X-CSRF-Token";

    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final String BEARER = "bearer ";

    private final ResumeSession resumeSession;
    private final String sessionCookie;

    /** @param sessionCookie the name of the storefront's session cookie */
    CustomerAuthentication(ResumeSession resumeSession, String sessionCookie) {
        this.resumeSession = resumeSession;
        this.sessionCookie = sessionCookie;
    }

    /** The logged-in customer; throws a 401 problem (or 403 for a missing form token) otherwise. */
    CustomerId customer(Context ctx) {
        return ((Principal.Customer) session(ctx).principal()).customerId();
    }

    /**
     * The logged-in customer's open session, which names the device it was opened on (none for a bearer token's);
     * throws as {@link #customer(Context)} does.
     */
    Session session(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            // A client that sends a token means it: a bad one is refused, never replaced by the cookie.
            if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                throw new ApiProblem(Problems.unauthenticated("Only bearer tokens are accepted: "
                        + "Authorization: Bearer <token from POST /api/v1/tokens>."));
            }
            return sessionOf(authorization.substring(BEARER.length()).strip())
                    .filter(open -> open.principal() instanceof Principal.Customer)
                    .orElseThrow(() -> new ApiProblem(Problems.unauthenticated(
                            "The token is unknown or has expired; get a new one from POST /api/v1/tokens.")));
        }
        String cookie = ctx.cookie(sessionCookie);
        if (cookie == null) {
            throw new ApiProblem(Problems.unauthenticated(
                    "Send Authorization: Bearer <token>, with a token from POST /api/v1/tokens."));
        }
        Session session = sessionOf(cookie).filter(open -> open.principal() instanceof Principal.Customer)
                .orElseThrow(() -> new ApiProblem(Problems.unauthenticated(
                        "The session has ended or is not logged in; log in again.")));
        if (!SAFE.contains(ctx.method()) && !session.matchesCsrfToken(ctx.header(CSRF_HEADER))) {
            throw new ApiProblem(Problems.csrfTokenInvalid());
        }
        return session;
    }

    /**
     * The session the id names, if it is still open. Resuming an id that has ended starts a fresh anonymous
     * session instead, under another id: that one is not the caller's, and is left to idle out.
     */
    private Optional<Session> sessionOf(String id) {
        if (id.length() < 32 || id.length() > 64) {
            return Optional.empty();
        }
        Session session = resumeSession.resume(Optional.of(new SessionId(id)));
        return session.id().value().equals(id) ? Optional.of(session) : Optional.empty();
    }
}
