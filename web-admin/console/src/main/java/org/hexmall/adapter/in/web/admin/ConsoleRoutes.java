package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.risk.CountOpenRiskAlerts;

/** Mounts the agent console under {@code /admin}: its gate first, then each controller's routes. */
public final class ConsoleRoutes {

    private final ConsoleLoginController login;
    private final CustomerLookupController customers;
    private final WalletSupportController wallets;
    private final AccountSupportController accounts;
    private final DeviceSupportController devices;
    private final OrderFileController orders;
    private final RiskAlertController alerts;
    private final CampaignController campaigns;
    private final CountOpenRiskAlerts countOpenAlerts;
    private final CompensationController compensations;

    public ConsoleRoutes(ConsoleLoginController login, CustomerLookupController customers,
                         WalletSupportController wallets, AccountSupportController accounts,
                         DeviceSupportController devices, OrderFileController orders, RiskAlertController alerts,
                         CampaignController campaigns, CountOpenRiskAlerts countOpenAlerts,
                         CompensationController compensations) {
        this.login = login;
        this.customers = customers;
        this.wallets = wallets;
        this.accounts = accounts;
        this.devices = devices;
        this.orders = orders;
        this.alerts = alerts;
        this.campaigns = campaigns;
        this.countOpenAlerts = countOpenAlerts;
        this.compensations = compensations;
    }

    public void register(RoutesConfig routes) {
        routes.before(AgentAccess.CONSOLE, AgentAccess::requireAgent);
        routes.before(AgentAccess.CONSOLE + "/*", AgentAccess::requireAgent);
        routes.before(AgentAccess.CONSOLE, this::countOpenAlerts);
        routes.before(AgentAccess.CONSOLE + "/*", this::countOpenAlerts);
        login.register(routes);
        customers.register(routes);
        wallets.register(routes);
        accounts.register(routes);
        devices.register(routes);
        orders.register(routes);
        alerts.register(routes);
        campaigns.register(routes);
        compensations.register(routes);
    }

    /** Every page an agent reads shows in its header how many alerts are open: one count per page. */
    private void countOpenAlerts(Context ctx) {
        if (ctx.method() == HandlerType.GET && AgentAccess.isAgent(ctx)) {
            ctx.attribute(PageRenderer.LAYOUT_VALUES, Map.of("openAlerts", countOpenAlerts.count()));
        }
    }
}
