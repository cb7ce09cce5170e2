package org.hexmall.adapter.in.web.admin;

import io.javalin.http.Context;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.domain.security.Principal;

/** The gate in front of the console: only a logged-in agent passes; everyone else is sent to log in. */
final class AgentAccess {

    static final String CONSOLE = "/admin";
    private static final String LOGIN = CONSOLE + "/login";
    private static final String LANGUAGE = CONSOLE + "/language/";

    private AgentAccess() {
    }

    /** The before-handler for every console path. */
    static void requireAgent(Context ctx) {
        String path = ctx.path();
        boolean open = path.equals(LOGIN) || path.startsWith(LANGUAGE);
        if (!open && !(WebSessions.current(ctx).principal() instanceof Principal.Agent)) {
            ctx.redirect(LOGIN);
            ctx.skipRemainingHandlers();
        }
    }
}
