package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.promotion.BenefitChoice;
import org.hexmall.application.port.in.promotion.CampaignActionCommand;
import org.hexmall.application.port.in.promotion.CampaignDetails;
import org.hexmall.application.port.in.promotion.CampaignForm;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.promotion.CampaignSummary;
import org.hexmall.application.port.in.promotion.ChangeCampaign;
import org.hexmall.application.port.in.promotion.ChangeCampaignCommand;
import org.hexmall.application.port.in.promotion.CreateCampaign;
import org.hexmall.application.port.in.promotion.CreateCampaignCommand;
import org.hexmall.application.port.in.promotion.EndCampaign;
import org.hexmall.application.port.in.promotion.ListCampaigns;
import org.hexmall.application.port.in.promotion.PauseCampaign;
import org.hexmall.application.port.in.promotion.ResumeCampaign;
import org.hexmall.application.port.in.promotion.ViewCampaign;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The console's campaigns: the list, the new-campaign form and a campaign's page with its spending chart,
 * redemptions, reversals and history. Supervisors create, pause, resume, end and change campaigns, each with a
 * reason for the audit log; other agents see the same pages without the forms, and are refused if they post one.
 */
public final class CampaignController {

    static final String CAMPAIGNS = "/admin/campaigns";
    /** What a datetime-local input sends and shows: the store's local date and time to the minute. */
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The forms of a campaign's page, each posted to its own path; their errors show beside their own fields. */
    /** What the page confirms after a change went through, named in its query: {@code ?done=pause}. */
    private static final Set<String> DONE = Set.of("created", "pause", "resume", "end", "window", "budget", "uses");

    private enum Action {
        PAUSE, RESUME, END, WINDOW, BUDGET, USES
    }

    /** A row of the list: the campaign and its wallets in a steady order. */
    public record ListedCampaign(CampaignSummary summary, List<WalletProvider> wallets) {
    }

    private final CreateCampaign createCampaign;
    private final ChangeCampaign changeCampaign;
    private final PauseCampaign pauseCampaign;
    private final ResumeCampaign resumeCampaign;
    private final EndCampaign endCampaign;
    private final ListCampaigns listCampaigns;
    private final ViewCampaign viewCampaign;
    private final PageRenderer pages;
    private final AuditSubjects auditSubjects;
    private final ZoneId storeZone;
    private final Clock clock;

    public CampaignController(CreateCampaign createCampaign, ChangeCampaign changeCampaign,
                              PauseCampaign pauseCampaign, ResumeCampaign resumeCampaign, EndCampaign endCampaign,
                              ListCampaigns listCampaigns, ViewCampaign viewCampaign, PageRenderer pages,
                              ZoneId storeZone, Clock clock) {
        this.createCampaign = createCampaign;
        this.changeCampaign = changeCampaign;
        this.pauseCampaign = pauseCampaign;
        this.resumeCampaign = resumeCampaign;
        this.endCampaign = endCampaign;
        this.listCampaigns = listCampaigns;
        this.viewCampaign = viewCampaign;
        this.pages = pages;
        this.auditSubjects = new AuditSubjects(pages.messages());
        this.storeZone = storeZone;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(CAMPAIGNS, this::list);
        routes.get(CAMPAIGNS + "/new", this::newForm);
        routes.post(CAMPAIGNS, this::create);
        routes.get(CAMPAIGNS + "/{id}", this::campaign);
        routes.post(CAMPAIGNS + "/{id}/pause", ctx -> act(ctx, Action.PAUSE));
        routes.post(CAMPAIGNS + "/{id}/resume", ctx -> act(ctx, Action.RESUME));
        routes.post(CAMPAIGNS + "/{id}/end", ctx -> act(ctx, Action.END));
        routes.post(CAMPAIGNS + "/{id}/window", ctx -> act(ctx, Action.WINDOW));
        routes.post(CAMPAIGNS + "/{id}/budget", ctx -> act(ctx, Action.BUDGET));
        routes.post(CAMPAIGNS + "/{id}/uses", ctx -> act(ctx, Action.USES));
    }

    private void list(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("campaigns", listCampaigns.list(pageNumber(ctx.queryParam("page")))
                .map(summary -> new ListedCampaign(summary, sorted(summary.campaign().conditions().wallets()))));
        model.put("supervisor", AgentAccess.isSupervisor(ctx));
        model.put("zone", storeZone.getId());
        pages.render(ctx, "admin/campaigns", model);
    }

    private void newForm(Context ctx) {
        if (!AgentAccess.isSupervisor(ctx)) {
            forbidden(ctx);
            return;
        }
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), storeZone).truncatedTo(ChronoUnit.DAYS)
                .plusDays(1);
        CampaignForm blank = new CampaignForm("", "", CampaignKind.FESTIVAL.name(), Set.of(), "", Set.of(), "",
                false, false, BenefitChoice.AMOUNT_OFF.name(), "", "", "", "", "", "30", "2", "30",
                LOCAL_MINUTE.format(start), LOCAL_MINUTE.format(start.plusDays(7)), "", "", "1", "");
        renderForm(ctx, 200, blank, Map.of());
    }

    private void create(Context ctx) {
        CampaignForm form = new CampaignForm(ctx.formParam("nameEn"), ctx.formParam("nameZh"), ctx.formParam("kind"),
                new LinkedHashSet<>(ctx.formParams("wallets")), ctx.formParam("minimumSpend"),
                new LinkedHashSet<>(ctx.formParams("categories")), ctx.formParam("products"),
                ctx.formParam("firstPaymentWithWallet") != null, ctx.formParam("newCustomersOnly") != null,
                ctx.formParam("benefit"), ctx.formParam("amountOff"), ctx.formParam("percentOff"),
                ctx.formParam("percentCap"), ctx.formParam("voucherAmount"), ctx.formParam("voucherMinimumSpend"),
                ctx.formParam("voucherValidDays"), ctx.formParam("pointsFactor"), ctx.formParam("couponValidityDays"),
                ctx.formParam("startsAt"), ctx.formParam("endsAt"), ctx.formParam("stackingGroup"),
                ctx.formParam("budget"), ctx.formParam("usesPerCustomer"), ctx.formParam("reason"));
        CreateCampaignCommand command;
        try {
            command = CreateCampaignCommand.fromForm(AgentAccess.agentOf(ctx), form, storeZone);
        } catch (InvalidCommandException invalid) {
            if (!AgentAccess.isSupervisor(ctx)) {
                forbidden(ctx);
                return;
            }
            renderForm(ctx, 422, form, localized(ctx, invalid.errors()));
            return;
        }
        switch (createCampaign.create(command)) {
            case CampaignOutcome.Done done -> ctx.redirect(CAMPAIGNS + "/" + done.campaign() + "?done=created");
            case CampaignOutcome.NotSupervisor refused -> forbidden(ctx);
            case CampaignOutcome.Refused refused -> renderForm(ctx, 422, form,
                    localized(ctx, List.of(new FieldError("kind", refused.code(), refused.arguments()))));
            case CampaignOutcome.UnknownProducts unknown -> renderForm(ctx, 422, form,
                    localized(ctx, List.of(new FieldError("products", "campaign.product.unknown",
                            List.of(String.join(", ", unknown.products().stream().map(ProductId::value).toList()))))));
            case CampaignOutcome.NotFound notFound -> ctx.status(404);
        }
    }

    private void campaign(Context ctx) {
        Optional<CampaignId> id = CampaignId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        String done = ctx.queryParam("done");
        render(ctx, 200, id.get(), null, Map.of(), done != null && DONE.contains(done) ? done : null);
    }

    private void act(Context ctx, Action action) {
        Optional<CampaignId> id = CampaignId.parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        AgentId agent = AgentAccess.agentOf(ctx);
        String reason = ctx.formParam("reason");
        CampaignOutcome outcome;
        try {
            outcome = switch (action) {
                case PAUSE -> pauseCampaign.pause(CampaignActionCommand.fromForm(agent, id.get(), reason));
                case RESUME -> resumeCampaign.resume(CampaignActionCommand.fromForm(agent, id.get(), reason));
                case END -> endCampaign.end(CampaignActionCommand.fromForm(agent, id.get(), reason));
                case WINDOW -> changeCampaign.change(ChangeCampaignCommand.windowFromForm(agent, id.get(),
                        ctx.formParam("startsAt"), ctx.formParam("endsAt"), reason, storeZone));
                case BUDGET -> changeCampaign.change(ChangeCampaignCommand.budgetFromForm(agent, id.get(),
                        ctx.formParam("budget"), reason));
                case USES -> changeCampaign.change(ChangeCampaignCommand.usesFromForm(agent, id.get(),
                        ctx.formParam("usesPerCustomer"), reason));
            };
        } catch (InvalidCommandException invalid) {
            if (!AgentAccess.isSupervisor(ctx)) {
                forbidden(ctx);
                return;
            }
            render(ctx, 422, id.get(), action, localized(ctx, invalid.errors()), null);
            return;
        }
        switch (outcome) {
            case CampaignOutcome.Done done -> ctx.redirect(CAMPAIGNS + "/" + done.campaign() + "?done="
                    + action.name().toLowerCase(Locale.ROOT));
            case CampaignOutcome.NotSupervisor refused -> forbidden(ctx);
            case CampaignOutcome.NotFound notFound -> ctx.status(404);
            case CampaignOutcome.UnknownProducts unknown -> ctx.status(422);
            case CampaignOutcome.Refused refused -> render(ctx, 409, id.get(), action,
                    localized(ctx, List.of(new FieldError("action", refused.code(), refused.arguments()))), null);
        }
    }

    private void render(Context ctx, int status, CampaignId id, Action failed, Map<String, String> errors,
                        String done) {
        Optional<CampaignDetails> details = viewCampaign.view(id, pageNumber(ctx.queryParam("redemptions")),
                pageNumber(ctx.queryParam("reversals")));
        if (details.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("details", details.get());
        model.put("auditSubjects", auditSubjects);
        model.put("campaign", details.get().summary().campaign());
        model.put("chart", SpendingChart.of(details.get().spending()));
        model.put("wallets", sorted(details.get().summary().campaign().conditions().wallets()));
        model.put("supervisor", AgentAccess.isSupervisor(ctx));
        model.put("failed", failed == null ? "" : failed.name());
        model.put("errors", errors);
        model.put("done", done == null ? "" : done);
        Function<Instant, String> local = instant -> LOCAL_MINUTE.format(LocalDateTime.ofInstant(instant, storeZone));
        model.put("windowStart", local.apply(details.get().summary().campaign().window().startsAt()));
        model.put("windowEnd", local.apply(details.get().summary().campaign().window().endsAt()));
        model.put("zone", storeZone.getId());
        long budgetFen = details.get().summary().campaign().budget().fen();
        model.put("budgetYuan", String.format(Locale.ROOT, "%d.%02d", budgetFen / 100, budgetFen % 100));
        pages.render(ctx, status, "admin/campaign", model);
    }

    private void renderForm(Context ctx, int status, CampaignForm form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("kinds", CampaignKind.values());
        model.put("benefits", BenefitChoice.values());
        model.put("wallets", WalletProvider.supportedProviders());
        model.put("categories", Category.values());
        model.put("zone", storeZone.getId());
        pages.render(ctx, status, "admin/campaign-new", model);
    }

    private void forbidden(Context ctx) {
        pages.render(ctx, 403, "admin/campaign-forbidden", Map.of());
    }

    private Map<String, String> localized(Context ctx, List<FieldError> errors) {
        return FormErrors.localize(errors, pages.messages(), pages.locale(ctx));
    }

    private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
        return values.stream().sorted().toList();
    }

    private static int pageNumber(String typed) {
        if (typed == null || !typed.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(typed));
    }
}
