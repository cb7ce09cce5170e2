package org.hexmall.adapter.in.web.admin;

import io.javalin.http.Context;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.support.AgentId;

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

    /**
     * True when the logged-in agent's role may manage campaigns ({@link ConsolePermissions}: supervisors); the
     * campaigns' forms show only then.
     */
    static boolean isSupervisor(Context ctx) {
        return may(ctx, ConsoleAction.MANAGE_CAMPAIGNS);
    }

    /**
     * True when the logged-in agent's role may take the action, as {@link ConsolePermissions} says: a page shows only
     * the buttons that will work. The use case checks it again, so a hidden button is never the only guard.
     */
    static boolean may(Context ctx, ConsoleAction action) {
        return WebSessions.current(ctx).principal() instanceof Principal.Agent agent
                && ConsolePermissions.allows(agent.role(), action);
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
