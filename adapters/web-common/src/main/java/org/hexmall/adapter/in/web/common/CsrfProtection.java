package org.hexmall.adapter.in.web.common;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Set;

/**
 * Refuses any state-changing request whose form does not carry the session's secret token, so that
 * another site cannot make a visitor's browser submit a form to hexmall on their behalf.
 */
public final class CsrfProtection {

    public static final String FIELD = "_csrf";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final PageRenderer pages;

    public CsrfProtection(PageRenderer pages) {
        this.pages = pages;
    }

    /** The before-handler; runs after the session is attached. */
    public void check(Context ctx) {
        if (SAFE.contains(ctx.method())) {
            return;
        }
        if (!WebSessions.current(ctx).matchesCsrfToken(ctx.formParam(FIELD))) {
            pages.render(ctx, 403, "error/403", Map.of());
            ctx.skipRemainingHandlers();
        }
    }
}
