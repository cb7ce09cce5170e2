package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;

/** Mounts the agent console under {@code /admin}: its gate first, then each controller's routes. */
public final class ConsoleRoutes {

    private final ConsoleLoginController login;
    private final CustomerLookupController customers;
    private final WalletSupportController wallets;
    private final AccountSupportController accounts;
    private final DeviceSupportController devices;
    private final OrderFileController orders;

    public ConsoleRoutes(ConsoleLoginController login, CustomerLookupController customers,
                         WalletSupportController wallets, AccountSupportController accounts,
                         DeviceSupportController devices, OrderFileController orders) {
        this.login = login;
        this.customers = customers;
        this.wallets = wallets;
        this.accounts = accounts;
        this.devices = devices;
        this.orders = orders;
    }

    public void register(RoutesConfig routes) {
        routes.before(AgentAccess.CONSOLE, AgentAccess::requireAgent);
        routes.before(AgentAccess.CONSOLE + "/*", AgentAccess::requireAgent);
        login.register(routes);
        customers.register(routes);
        wallets.register(routes);
        accounts.register(routes);
        devices.register(routes);
        orders.register(routes);
    }
}
