package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.risk.CountOpenRiskAlerts;
import org.hexmall.application.port.in.support.ActionNotPermittedException;
import org.hexmall.application.port.in.support.AgentProfile;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.in.support.ViewSignedInAgent;

/** Mounts the agent console under {@code /admin}: its gate first, then each controller's routes. */
public final class ConsoleRoutes {

    /** The request attribute holding the {@link AgentProfile} of the agent logged in. */
    static final String SIGNED_IN_AGENT = "hexmall.consoleAgent";

    private final ConsoleLoginController login;
    private final CustomerLookupController customers;
    private final WalletSupportController wallets;
    private final AccountSupportController accounts;
    private final DeviceSupportController devices;
    private final OrderFileController orders;
    private final RiskAlertController alerts;
    private final CampaignController campaigns;
    private final CountOpenRiskAlerts countOpenAlerts;
    private final AgentManagementController agents;
    private final AuditLogController auditLog;
    private final ViewSignedInAgent signedInAgent;
    private final PageRenderer pages;
    private final HelpController help;
    private final CaseNoteController caseNotes;
    private final DashboardController dashboard;
    private final RefundController refunds;
    private final CompensationController compensations;
    private final CustomerTimelineController timeline;

    public ConsoleRoutes(ConsoleLoginController login, CustomerLookupController customers,
                         WalletSupportController wallets, AccountSupportController accounts,
                         DeviceSupportController devices, OrderFileController orders, RiskAlertController alerts,
                         CampaignController campaigns, CountOpenRiskAlerts countOpenAlerts,
                         AgentManagementController agents, AuditLogController auditLog,
                         ViewSignedInAgent signedInAgent, PageRenderer pages, HelpController help,
                         CaseNoteController caseNotes,
                         DashboardController dashboard,
                         RefundController refunds,
                         CompensationController compensations,
                         CustomerTimelineController timeline) {
        this.login = login;
        this.customers = customers;
        this.wallets = wallets;
        this.accounts = accounts;
        this.devices = devices;
        this.orders = orders;
        this.alerts = alerts;
        this.campaigns = campaigns;
        this.countOpenAlerts = countOpenAlerts;
        this.agents = agents;
        this.auditLog = auditLog;
        this.signedInAgent = signedInAgent;
        this.pages = pages;
        this.help = help;
        this.caseNotes = caseNotes;
        this.dashboard = dashboard;
        this.refunds = refunds;
        this.compensations = compensations;
        this.timeline = timeline;
    }

    public void register(RoutesConfig routes) {
        routes.before(AgentAccess.CONSOLE, AgentAccess::requireAgent);
        routes.before(AgentAccess.CONSOLE + "/*", AgentAccess::requireAgent);
        routes.before(AgentAccess.CONSOLE, this::checkSignedInAgent);
        routes.before(AgentAccess.CONSOLE + "/*", this::checkSignedInAgent);
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
        agents.register(routes);
        auditLog.register(routes);
        // Only console use cases refuse an agent's role, so only console requests end here.
        routes.exception(ActionNotPermittedException.class,
                (refused, ctx) -> pages.render(ctx, 403, "admin/not-permitted", Map.of()));
        help.register(routes);
        caseNotes.register(routes);
        dashboard.register(routes);
        refunds.register(routes);
        compensations.register(routes);
        timeline.register(routes);
    }

    /**
     * Reads the logged-in agent once per request: a disabled one is sent to log in (their sessions ended already),
     * one whose password a supervisor chose is sent to change it first, and every page's header shows who is logged
     * in and only the links their role may follow.
     */
    private void checkSignedInAgent(Context ctx) {
        if (!AgentAccess.isAgent(ctx)) {
            return;
        }
        Optional<AgentProfile> agent = signedInAgent.view(AgentAccess.agentOf(ctx));
        if (agent.isEmpty()) {
            ctx.redirect(AgentAccess.CONSOLE + "/login?ended");
            ctx.skipRemainingHandlers();
            return;
        }
        if (agent.get().mustChangePassword() && !AgentManagementController.opensBeforePasswordChange(ctx.path())) {
            ctx.redirect(AgentManagementController.OWN_PASSWORD);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(SIGNED_IN_AGENT, agent.get());
        Map<String, Object> layout = new HashMap<>();
        layout.put("consoleAgent", agent.get());
        Set<String> allowed = new TreeSet<>();
        ConsolePermissions.of(agent.get().role()).stream().map(ConsoleAction::name).forEach(allowed::add);
        layout.put("consoleAllows", allowed);
        ctx.attribute(PageRenderer.LAYOUT_VALUES, layout);
    }


    /**
     * Every page an agent reads shows in its header how many alerts are open: one count per page. (Who is logged in
     * and the links of what their role may do are there on every page, forms shown again with errors included.)
     */
    private void countOpenAlerts(Context ctx) {
        if (ctx.method() == HandlerType.GET && AgentAccess.isAgent(ctx)) {
            Map<String, Object> existing = ctx.attribute(PageRenderer.LAYOUT_VALUES);
            Map<String, Object> layout = existing == null ? new HashMap<>() : existing;
            layout.put("openAlerts", countOpenAlerts.count());
            ctx.attribute(PageRenderer.LAYOUT_VALUES, layout);
        }
    }
}
