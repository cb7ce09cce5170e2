package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.account.StartSelfUnfreeze;
import org.hexmall.application.port.in.account.UnfreezeMyAccount;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.DomainException;

/**
 * {@code /unfreeze}: a customer who froze their own account gets it back. Nobody can sign in to a frozen account,
 * so the form asks for its mobile number and login password; a step-up ({@code /verify}) then proves the phone or
 * the face, and a last button unfreezes it. An account customer service froze, or one the customer's report of
 * activity that was not them froze, says so and sends the customer to them.
 */
public final class UnfreezeAccountController {

    static final String PATH = "/unfreeze";

    private final StartSelfUnfreeze startSelfUnfreeze;
    private final UnfreezeMyAccount unfreezeMyAccount;
    private final PageRenderer pages;
    private final DisplayTime displayTime;
    private final Duration lockDuration;

    public UnfreezeAccountController(StartSelfUnfreeze startSelfUnfreeze, UnfreezeMyAccount unfreezeMyAccount,
                                     PageRenderer pages, DisplayTime displayTime, Duration lockDuration) {
        this.startSelfUnfreeze = startSelfUnfreeze;
        this.unfreezeMyAccount = unfreezeMyAccount;
        this.pages = pages;
        this.displayTime = displayTime;
        this.lockDuration = lockDuration;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> showForm(ctx, 200, Map.of(), null));
        routes.post(PATH, this::start);
        routes.get(PATH + "/{id}", ctx -> withId(ctx, id -> pages.render(ctx, "shop/unfreeze-confirm",
                Map.of("stepUp", id.toString()))));
        routes.post(PATH + "/{id}", ctx -> withId(ctx, id -> unfreeze(ctx, id)));
    }

    private void start(Context ctx) {
        Optional<PhoneNumber> phone = phoneIn(ctx.formParam("phone"));
        String password = ctx.formParam("password");
        if (phone.isEmpty() || password == null || password.isEmpty()) {
            Map<String, String> errors = new HashMap<>();
            if (phone.isEmpty()) {
                errors.put("phone", pages.message(ctx, "error.phone.format"));
            }
            if (password == null || password.isEmpty()) {
                errors.put("password", pages.message(ctx, "error.password.required"));
            }
            showForm(ctx, 422, errors, null);
            return;
        }
        switch (startSelfUnfreeze.start(phone.get(), new PlainPassword(password),
                WebSessions.current(ctx).language())) {
            case StartSelfUnfreeze.StepUpStarted started -> toStepUp(ctx, started.progress());
            case StartSelfUnfreeze.WrongCredentials wrong ->
                    showForm(ctx, 401, Map.of(), pages.message(ctx, "unfreeze.wrong-credentials"));
            case StartSelfUnfreeze.Locked locked -> showForm(ctx, 429, Map.of(), pages.message(ctx, "login.locked",
                    lockDuration.toMinutes(), displayTime.until(locked.retryAfter())));
            case StartSelfUnfreeze.NotFrozen notFrozen ->
                    showForm(ctx, 409, Map.of(), pages.message(ctx, "unfreeze.not-frozen"));
            case StartSelfUnfreeze.ForCustomerServiceToUnfreeze forAgent ->
                    showForm(ctx, 403, Map.of(), pages.message(ctx, forCustomerService(forAgent.by())));
        }
    }

    private void toStepUp(Context ctx, StepUpProgress progress) {
        Optional<StepUpId> id = switch (progress) {
            case StepUpProgress.CodeSent sent -> Optional.of(sent.stepUp());
            case StepUpProgress.CodeNotSentYet notYet -> Optional.of(notYet.stepUp());
            case StepUpProgress.CodeDailyLimitReached limit -> Optional.of(limit.stepUp());
            default -> Optional.empty();
        };
        if (id.isEmpty()) {
            showForm(ctx, 503, Map.of(), pages.message(ctx, "verify.over"));
            return;
        }
        String next = URLEncoder.encode(PATH + "/" + id.get(), StandardCharsets.UTF_8);
        String sent = progress instanceof StepUpProgress.CodeSent ? "sent&" : "";
        ctx.redirect(StepUpController.PATH + "/" + id.get() + "?" + sent + "next=" + next, HttpStatus.SEE_OTHER);
    }

    private void unfreeze(Context ctx, StepUpId id) {
        switch (unfreezeMyAccount.unfreeze(id, ctx.ip())) {
            case UnfreezeMyAccount.Unfrozen unfrozen -> pages.render(ctx, "shop/unfrozen", Map.of());
            case UnfreezeMyAccount.StepUpNeeded needed ->
                    showForm(ctx, 403, Map.of(), pages.message(ctx, "unfreeze.verify-again"));
            case UnfreezeMyAccount.ForCustomerServiceToUnfreeze forAgent ->
                    showForm(ctx, 403, Map.of(), pages.message(ctx, forCustomerService(forAgent.by())));
        }
    }

    /** Why only customer service can unfreeze the account: they froze it, or the customer's report did. */
    private static String forCustomerService(FrozenBy by) {
        return by == FrozenBy.NOT_ME_REPORT ? "unfreeze.reported-not-me" : "unfreeze.by-customer-service";
    }

    private void showForm(Context ctx, int status, Map<String, String> errors, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("phone", ctx.formParam("phone") == null ? "" : ctx.formParam("phone"));
        pages.render(ctx, status, "shop/unfreeze", model);
    }

    private void withId(Context ctx, Consumer<StepUpId> then) {
        StepUpId id;
        try {
            id = new StepUpId(UUID.fromString(ctx.pathParam("id")));
        } catch (IllegalArgumentException notAnId) {
            pages.render(ctx, 404, "error/404", Map.of());
            return;
        }
        then.accept(id);
    }

    private static Optional<PhoneNumber> phoneIn(String value) {
        try {
            return Optional.of(PhoneNumber.parse(value));
        } catch (DomainException notANumber) {
            return Optional.empty();
        }
    }
}
