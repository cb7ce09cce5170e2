package org.hexmall.adapter.in.web.admin;

import io.javalin.http.Context;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;

/** The gate in front of the console: only a logged-in agent passes; everyone else is sent to log in. */
final class AgentAccess {

    static final String CONSOLE = "/admin";
    private static final String LOGIN = CONSOLE + "/login";
    private static final String LANGUAGE = CONSOLE + "/language/";

    private AgentAccess() {
    }

    /** The logged-in agent; only call it behind {@link #requireAgent}. */
    static AgentId agentOf(Context ctx) {
        return ((Principal.Agent) WebSessions.current(ctx).principal()).agentId();
    }

    /** True when an agent is logged in to the request's session. */
    static boolean isAgent(Context ctx) {
        return WebSessions.current(ctx).principal() instanceof Principal.Agent;
    }

    /** True when the logged-in agent is a supervisor, who may manage campaigns; forms for them show only then. */
    static boolean isSupervisor(Context ctx) {
        return WebSessions.current(ctx).principal() instanceof Principal.Agent agent
                && agent.role() == AgentRole.SUPERVISOR;
    }

    /** The before-handler for every console path. */
    static void requireAgent(Context ctx) {
        String path = ctx.path();
        boolean open = path.equals(LOGIN) || path.startsWith(LANGUAGE);
        if (!open && !(WebSessions.current(ctx).principal() instanceof Principal.Agent)) {
            ctx.redirect(WebSessions.sessionEndedOn(ctx) ? LOGIN + "?ended" : LOGIN);
            ctx.skipRemainingHandlers();
        }
    }
}
