package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;

/** Mounts the agent console under {@code /admin}: its gate first, then each controller's routes. */
public final class ConsoleRoutes {

    private final ConsoleLoginController login;
    private final CustomerLookupController customers;

    public ConsoleRoutes(ConsoleLoginController login, CustomerLookupController customers) {
        this.login = login;
        this.customers = customers;
    }

    public void register(RoutesConfig routes) {
        routes.before(AgentAccess.CONSOLE, AgentAccess::requireAgent);
        routes.before(AgentAccess.CONSOLE + "/*", AgentAccess::requireAgent);
        login.register(routes);
        customers.register(routes);
    }
}
