package org.hexmall.adapter.in.web.common;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/**
 * Connects each request to its visitor's session, which lives in the database: the cookie only
 * carries the session id (HttpOnly, SameSite=Lax, Secure when served over HTTPS).
 */
public final class WebSessions {

    private static final String ATTRIBUTE = "hexmall.session";
    private static final String REALM_ATTRIBUTE = "hexmall.sessionRealm";
    private static final String ENDED_ATTRIBUTE = "hexmall.sessionEnded";

    private final ResumeSession resumeSession;
    private final List<SessionRealm> realms;
    private final boolean secureCookies;

    /** @param realms the most specific first; the last one should cover "/" */
    public WebSessions(ResumeSession resumeSession, List<SessionRealm> realms, boolean secureCookies) {
        this.resumeSession = resumeSession;
        this.realms = List.copyOf(realms);
        this.secureCookies = secureCookies;
    }

    /** The before-handler: finds or starts the session and renews the cookie if the id changed. */
    public void attach(Context ctx) {
        SessionRealm realm = realms.stream().filter(r -> r.covers(ctx.path())).findFirst().orElseThrow();
        String presented = ctx.cookie(realm.cookieName());
        Optional<SessionId> presentedId = Optional.ofNullable(presented)
                .filter(value -> value.length() >= 32 && value.length() <= 64)
                .map(SessionId::new);
        Session session = resumeSession.resume(presentedId);
        ctx.attribute(REALM_ATTRIBUTE, realm);
        ctx.attribute(ATTRIBUTE, session);
        if (!session.id().value().equals(presented)) {
            // A cookie was presented but its session had ended (idle too long, or logged out elsewhere).
            ctx.attribute(ENDED_ATTRIBUTE, presentedId.isPresent());
            writeCookie(ctx, realm, session);
        }
    }

    /** True when this request came with a session that had ended, so pages can say why a login is asked for. */
    public static boolean sessionEndedOn(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ENDED_ATTRIBUTE));
    }

    /** Switches the request to a session that replaced the current one, for example after a login. */
    public void switchTo(Context ctx, Session session) {
        ctx.attribute(ATTRIBUTE, session);
        writeCookie(ctx, ctx.attribute(REALM_ATTRIBUTE), session);
    }

    public static Session current(Context ctx) {
        Session session = currentOrNull(ctx);
        if (session == null) {
            throw new IllegalStateException("no session attached to " + ctx.path());
        }
        return session;
    }

    static Session currentOrNull(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The path prefix of the request's realm: "" for the storefront, "/admin" for the console. */
    static String realmPrefix(Context ctx) {
        SessionRealm realm = ctx.attribute(REALM_ATTRIBUTE);
        return realm == null || realm.pathPrefix().equals("/") ? "" : realm.pathPrefix();
    }

    private void writeCookie(Context ctx, SessionRealm realm, Session session) {
        // No max-age: the cookie ends with the browser; the server ends the session after 30 idle minutes.
        ctx.cookie(new Cookie(realm.cookieName(), session.id().value(), realm.pathPrefix(), -1,
                secureCookies, true, null, SameSite.LAX));
    }
}
