package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.risk.AlertQuery;
import org.hexmall.application.port.in.risk.ListRiskAlerts;
import org.hexmall.application.port.in.risk.QueuedAlert;
import org.hexmall.application.port.in.risk.ResolveAlertCommand;
import org.hexmall.application.port.in.risk.ResolveRiskAlert;
import org.hexmall.application.port.in.risk.RiskAlertDetails;
import org.hexmall.application.port.in.risk.ViewRiskAlert;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.AlertSeverity;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.shared.Page;

/**
 * The alert queue, an alert's page, and its resolution: a false positive, confirmed fraud (which freezes the account)
 * or settled with the customer, each with a note that goes into the audit log.
 */
public final class RiskAlertController {

    static final String QUEUE = "/admin/alerts";

    private final ListRiskAlerts listRiskAlerts;
    private final ViewRiskAlert viewRiskAlert;
    private final ResolveRiskAlert resolveRiskAlert;
    private final PageRenderer pages;

    public RiskAlertController(ListRiskAlerts listRiskAlerts, ViewRiskAlert viewRiskAlert,
                               ResolveRiskAlert resolveRiskAlert, PageRenderer pages) {
        this.listRiskAlerts = listRiskAlerts;
        this.viewRiskAlert = viewRiskAlert;
        this.resolveRiskAlert = resolveRiskAlert;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(QUEUE, this::queue);
        routes.get(QUEUE + "/{id}", this::alert);
        routes.post(QUEUE + "/{id}/resolve", this::resolve);
    }

    private void queue(Context ctx) {
        AlertQuery query = AlertQuery.of(ctx.queryParam("rule"), ctx.queryParam("severity"), ctx.queryParam("age"),
                ctx.queryParam("page"), ctx.queryParam("outcome"));
        Page<QueuedAlert> alerts = listRiskAlerts.queue(query);
        Map<String, Object> model = new HashMap<>();
        model.put("alerts", alerts);
        model.put("rules", RiskRule.values());
        model.put("severities", AlertSeverity.values());
        model.put("ages", AlertQuery.AGES_IN_HOURS);
        model.put("rule", query.rule().map(Enum::name).orElse(""));
        model.put("severity", query.severity().map(Enum::name).orElse(""));
        model.put("age", query.maxAge().map(age -> String.valueOf(age.toHours())).orElse(""));
        model.put("outcomes", AlertQuery.OUTCOMES);
        model.put("outcome", query.outcome().map(Enum::name).orElse(""));
        pages.render(ctx, "admin/alerts", model);
    }

    private void alert(Context ctx) {
        Optional<RiskAlertDetails> details = RiskAlertId.parse(ctx.pathParam("id")).flatMap(viewRiskAlert::view);
        if (details.isEmpty()) {
            ctx.status(404);
            return;
        }
        render(ctx, 200, details.get(), Map.of(), ctx.queryParam("resolved") != null,
                ctx.queryParam("not-resolved") != null);
    }

    private void resolve(Context ctx) {
        Optional<RiskAlertId> id = RiskAlertId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        ResolveAlertCommand command;
        try {
            command = ResolveAlertCommand.fromForm(AgentAccess.agentOf(ctx), id.get(), ctx.formParam("resolution"),
                    ctx.formParam("note"));
        } catch (InvalidCommandException invalid) {
            Optional<RiskAlertDetails> details = viewRiskAlert.view(id.get());
            if (details.isEmpty()) {
                ctx.status(404);
                return;
            }
            render(ctx, 422, details.get(),
                    FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), false, false);
            return;
        }
        ctx.redirect(QUEUE + "/" + id.get() + (resolveRiskAlert.resolve(command) ? "?resolved" : "?not-resolved"));
    }

    private void render(Context ctx, int status, RiskAlertDetails details, Map<String, String> errors,
                        boolean resolvedNow, boolean notResolved) {
        Map<String, Object> model = new HashMap<>();
        model.put("details", details);
        model.put("alert", details.alert());
        // Each rule's reason in the agent's language, in the order the rules fired.
        model.put("reasonTexts", details.alert().fired().stream()
                .map(fired -> pages.message(ctx, fired.reason().messageKey(), fired.reason().arguments().toArray()))
                .toList());
        model.put("resolutions", AlertResolution.values());
        model.put("errors", errors);
        model.put("resolvedNow", resolvedNow);
        model.put("notResolved", notResolved);
        pages.render(ctx, status, "admin/alert", model);
    }
}
