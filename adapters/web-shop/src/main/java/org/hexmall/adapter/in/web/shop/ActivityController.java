package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.ActivityEntry;
import org.hexmall.application.port.in.account.MyActivity;
import org.hexmall.application.port.in.account.ReportNotMe;
import org.hexmall.application.port.in.account.ReportNotMeCommand;
import org.hexmall.application.port.in.account.ViewMyActivity;
import org.hexmall.domain.shared.Language;

/**
 * Account &amp; security → "Account activity": the customer's own logins and security events, a page at a time, each
 * with "This wasn't me", which asks once more and then freezes the account, logging out every device. The customer
 * is always the session's: no address names another.
 */
public final class ActivityController {

    static final String PATH = "/account/activity";
    static final String NOT_ME = PATH + "/not-me";
    static final String NOT_ME_CONFIRMED = NOT_ME + "/confirm";

    private final ViewMyActivity viewMyActivity;
    private final ReportNotMe reportNotMe;
    private final PageRenderer pages;

    public ActivityController(ViewMyActivity viewMyActivity, ReportNotMe reportNotMe, PageRenderer pages) {
        this.viewMyActivity = viewMyActivity;
        this.reportNotMe = reportNotMe;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::activity);
        routes.post(NOT_ME, this::confirmNotMe);
        routes.post(NOT_ME_CONFIRMED, this::reportNotMe);
    }

    private void activity(Context ctx) {
        Optional<Integer> page = pageNumber(ctx.queryParam("page"));
        Map<String, Object> model = new HashMap<>();
        if (page.isEmpty()) {
            model.put("problem", pages.message(ctx, "activity.page.invalid"));
            model.put("rows", List.of());
            pages.render(ctx, 400, "shop/activity", model);
            return;
        }
        MyActivity activity = viewMyActivity.view(CustomerAccess.customerOf(ctx), page.get());
        model.put("activity", activity);
        model.put("rows", activity.entries().stream().map(ActivityRow::of).toList());
        pages.render(ctx, "shop/activity", model);
    }

    /** No page parameter means the first page; anything but a whole number from 1 up names no page. */
    static Optional<Integer> pageNumber(String parameter) {
        if (parameter == null) {
            return Optional.of(1);
        }
        String digits = parameter.strip();
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int number = Integer.parseInt(digits);
        return number < 1 ? Optional.empty() : Optional.of(number);
    }

    /** The first press on "This wasn't me": says what will happen and asks to confirm. */
    private void confirmNotMe(Context ctx) {
        Optional<ReportNotMeCommand> command = command(ctx);
        if (command.isEmpty()) {
            return;
        }
        pages.render(ctx, "shop/not-me", Map.of("reported", ReportedLine.of(command.get())));
    }

    private void reportNotMe(Context ctx) {
        Optional<ReportNotMeCommand> command = command(ctx);
        if (command.isEmpty()) {
            return;
        }
        Language language = WebSessions.current(ctx).language();
        reportNotMe.report(command.get());
        // Every session of the account has ended, this one too: the page that follows is a new visitor's, who is
        // given the language the customer was reading first.
        String frozen = FreezeAccountController.FROZEN + "?reported";
        ctx.redirect("/language/" + language.tag() + "?next=" + URLEncoder.encode(frozen, StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    /** The report that the form names; empty after answering a form that names no entry. */
    private Optional<ReportNotMeCommand> command(Context ctx) {
        try {
            return Optional.of(ReportNotMeCommand.fromForm(CustomerAccess.customerOf(ctx), ctx.formParam("what"),
                    ctx.formParam("at"), ctx.ip()));
        } catch (InvalidCommandException invalid) {
            Map<String, Object> model = new HashMap<>();
            model.put("problem", String.join(" ", FormErrors.localize(invalid.errors(), pages.messages(),
                    pages.locale(ctx)).values().stream().distinct().toList()));
            model.put("rows", List.of());
            pages.render(ctx, 400, "shop/activity", model);
            return Optional.empty();
        }
    }

    /** What the confirmation page repeats of the reported line, and sends again with the confirmation. */
    record ReportedLine(String what, Instant at, String whatKey) {

        /** The line's name is read whole: an event's kind may begin as a login's line does ({@code LOGIN_LOCKED}). */
        static ReportedLine of(ReportNotMeCommand command) {
            String what = command.what();
            String whatKey = ActivityEntry.loginOutcomeNamed(what).map(outcome -> "activity.login." + outcome.name())
                    .orElseGet(() -> "security-event.kind." + ActivityEntry.eventKindNamed(what).orElseThrow().name());
            return new ReportedLine(what, command.at(), whatKey);
        }
    }
}
