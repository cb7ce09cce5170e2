package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.compensation.CompensationDecisionCommand;
import org.hexmall.application.port.in.compensation.CompensationForm;
import org.hexmall.application.port.in.compensation.CompensationNotAllowedException;
import org.hexmall.application.port.in.compensation.CompensationOutcome;
import org.hexmall.application.port.in.compensation.CompensationPages;
import org.hexmall.application.port.in.compensation.DecideCompensation;
import org.hexmall.application.port.in.compensation.GrantCompensation;
import org.hexmall.application.port.in.compensation.GrantCompensationCommand;
import org.hexmall.application.port.in.compensation.ViewCompensations;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;

/**
 * The console's compensation pages: a customer's page, where an agent gives a coupon or points with a reason
 * (within their daily limit at once, above it as a request), and the supervisors' queue of requests, oldest first
 * with their age, each approved or rejected with a reason. The use cases check who may do what. The grant form carries
 * a one-time key, so that sending it twice gives one compensation.
 */
public final class CompensationController {

    static final String QUEUE = "/admin/compensations";
    private static final Set<String> GRANT_DONE = Set.of("granted", "requested");
    private static final Set<String> QUEUE_DONE = Set.of("approved", "rejected");

    /** What the grant form sent, to show again after a refusal. */
    public record Typed(String kind, String campaign, String points, String reason) {

        static final Typed BLANK = new Typed("POINTS", "", "", "");
    }

    /**
     * A request in the queue with how long it has waited, in the largest whole unit: days, else hours, else
     * minutes.
     */
    public record Waiting(Compensation request, String ageUnit, long age) {

        static Waiting of(Compensation request, Instant now) {
            Duration waited = Duration.between(request.requestedAt(), now);
            if (waited.toDays() >= 1) {
                return new Waiting(request, "days", waited.toDays());
            }
            if (waited.toHours() >= 1) {
                return new Waiting(request, "hours", waited.toHours());
            }
            return new Waiting(request, "minutes", Math.max(0, waited.toMinutes()));
        }
    }

    private final GrantCompensation grantCompensation;
    private final DecideCompensation decideCompensation;
    private final ViewCompensations viewCompensations;
    private final PageRenderer pages;
    private final Clock clock;

    public CompensationController(GrantCompensation grantCompensation, DecideCompensation decideCompensation,
                                  ViewCompensations viewCompensations, PageRenderer pages, Clock clock) {
        this.clock = clock;
        this.grantCompensation = grantCompensation;
        this.decideCompensation = decideCompensation;
        this.viewCompensations = viewCompensations;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/customers/{id}/compensation", this::form);
        routes.post("/admin/customers/{id}/compensation", this::grant);
        routes.get(QUEUE, this::queue);
        routes.post(QUEUE + "/{id}/approve", ctx -> decide(ctx, true));
        routes.post(QUEUE + "/{id}/reject", ctx -> decide(ctx, false));
    }

    private static String customerPath(CustomerId id) {
        return "/admin/customers/" + id + "/compensation";
    }

    private void form(Context ctx) {
        Optional<CustomerId> id = CustomerId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        String done = ctx.queryParam("done");
        renderForm(ctx, 200, id.get(), Typed.BLANK, Map.of(), done != null && GRANT_DONE.contains(done) ? done : "");
    }

    private void grant(Context ctx) {
        Optional<CustomerId> id = CustomerId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        Typed typed = new Typed(ctx.formParam("kind"), ctx.formParam("campaign"), ctx.formParam("points"),
                ctx.formParam("reason"));
        CompensationOutcome outcome;
        try {
            outcome = grantCompensation.grant(GrantCompensationCommand.fromForm(AgentAccess.agentOf(ctx), id.get(),
                    typed.kind(), typed.campaign(), typed.points(), typed.reason(), formKey(ctx.formParam("key"))));
        } catch (InvalidCommandException invalid) {
            renderForm(ctx, 422, id.get(), typed, localized(ctx, invalid.errors()), "");
            return;
        }
        switch (outcome) {
            case CompensationOutcome.Granted granted -> ctx.redirect(customerPath(id.get()) + "?done=granted");
            case CompensationOutcome.AwaitingApproval waiting ->
                    ctx.redirect(customerPath(id.get()) + "?done=requested");
            case CompensationOutcome.Refused refused -> renderForm(ctx, 409, id.get(), typed,
                    localized(ctx, List.of(new FieldError("campaign", refused.code(), refused.arguments()))), "");
            case CompensationOutcome.KeyReused reused -> renderForm(ctx, 409, id.get(), typed,
                    localized(ctx, List.of(new FieldError("key", "compensation.form-used"))), "");
            case CompensationOutcome.NotAllowed refused -> forbidden(ctx);
            default -> ctx.status(404);
        }
    }

    /**
     * The form's one-time key: the page always sends a UUID, so anything else is a form that is not this page's,
     * which the command refuses as out of date.
     */
    private static String formKey(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip()).toString();
        } catch (IllegalArgumentException notAKey) {
            return null;
        }
    }

    private void renderForm(Context ctx, int status, CustomerId id, Typed typed, Map<String, String> errors,
                            String done) {
        Optional<CompensationForm> form;
        try {
            form = viewCompensations.form(AgentAccess.agentOf(ctx), id, new CompensationPages(
                    pageNumber(ctx.queryParam("page")), couponTab(ctx.queryParam("coupons")),
                    pageNumber(ctx.queryParam("couponPage")), pageNumber(ctx.queryParam("pointsPage"))));
        } catch (CompensationNotAllowedException refused) {
            forbidden(ctx);
            return;
        }
        if (form.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.get());
        model.put("typed", typed);
        // A new key each time the form is shown: each form the agent sends gives one compensation.
        model.put("formKey", UUID.randomUUID().toString());
        model.put("errors", errors);
        model.put("done", done);
        model.put("supervisor", AgentAccess.isSupervisor(ctx));
        model.put("couponTabs", CouponTab.values());
        pages.render(ctx, status, "admin/compensation", model);
    }

    private void queue(Context ctx) {
        String done = ctx.queryParam("done");
        renderQueue(ctx, 200, null, Map.of(), done != null && QUEUE_DONE.contains(done) ? done : "");
    }

    private void decide(Context ctx, boolean approve) {
        Optional<CompensationId> id = CompensationId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        AgentId agent = AgentAccess.agentOf(ctx);
        CompensationOutcome outcome;
        try {
            CompensationDecisionCommand command = CompensationDecisionCommand.fromForm(agent, id.get(),
                    ctx.formParam("reason"));
            outcome = approve ? decideCompensation.approve(command) : decideCompensation.reject(command);
        } catch (InvalidCommandException invalid) {
            renderQueue(ctx, 422, id.get(), localized(ctx, invalid.errors()), "");
            return;
        }
        switch (outcome) {
            case CompensationOutcome.Approved approved -> ctx.redirect(QUEUE + "?done=approved");
            case CompensationOutcome.Rejected rejected -> ctx.redirect(QUEUE + "?done=rejected");
            case CompensationOutcome.Refused refused -> renderQueue(ctx, 409, id.get(),
                    localized(ctx, List.of(new FieldError("reason", refused.code(), refused.arguments()))), "");
            case CompensationOutcome.NotAllowed refused -> forbidden(ctx);
            default -> ctx.status(404);
        }
    }

    private void renderQueue(Context ctx, int status, CompensationId failed, Map<String, String> errors,
                             String done) {
        Page<Compensation> queue;
        try {
            queue = viewCompensations.queue(AgentAccess.agentOf(ctx), pageNumber(ctx.queryParam("page")));
        } catch (CompensationNotAllowedException refused) {
            forbidden(ctx);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        Instant now = clock.instant();
        model.put("queue", queue.map(request -> Waiting.of(request, now)));
        model.put("failed", failed == null ? "" : failed.toString());
        model.put("errors", errors);
        model.put("done", done);
        model.put("me", AgentAccess.agentOf(ctx).toString());
        pages.render(ctx, status, "admin/compensations", model);
    }

    private void forbidden(Context ctx) {
        pages.render(ctx, 403, "admin/compensation-forbidden", Map.of());
    }

    private Map<String, String> localized(Context ctx, List<FieldError> errors) {
        return FormErrors.localize(errors, pages.messages(), pages.locale(ctx));
    }

    /** The coupon tab named in the query, {@code ?coupons=used}; the available coupons for anything else. */
    private static CouponTab couponTab(String typed) {
        for (CouponTab tab : CouponTab.values()) {
            if (tab.name().equalsIgnoreCase(typed == null ? "" : typed)) {
                return tab;
            }
        }
        return CouponTab.AVAILABLE;
    }

    private static int pageNumber(String typed) {
        if (typed == null || !typed.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(typed));
    }
}
