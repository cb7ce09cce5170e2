package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.ChangePassword;
import org.hexmall.application.port.in.account.ChangePasswordCommand;
import org.hexmall.application.port.in.security.CheckStepUp;
import org.hexmall.domain.security.StepUpAction;

/**
 * Account &amp; security → "Change password": first a step-up ({@code /verify}), then the current and the new
 * password. Every other device signed in to the account is logged out; this one stays, under a new session id.
 */
public final class ChangePasswordController {

    static final String PATH = "/account/security/password";

    private final CheckStepUp checkStepUp;
    private final ChangePassword changePassword;
    private final WebSessions sessions;
    private final PageRenderer pages;
    private final DisplayTime displayTime;
    private final Duration lockDuration;

    public ChangePasswordController(CheckStepUp checkStepUp, ChangePassword changePassword, WebSessions sessions,
                                    PageRenderer pages, DisplayTime displayTime, Duration lockDuration) {
        this.checkStepUp = checkStepUp;
        this.changePassword = changePassword;
        this.sessions = sessions;
        this.pages = pages;
        this.displayTime = displayTime;
        this.lockDuration = lockDuration;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            if (ctx.queryParam("changed") != null) {
                pages.render(ctx, "shop/password-changed", Map.of());
                return;
            }
            show(ctx, 200, Map.of(), null);
        });
        routes.post(PATH, this::change);
    }

    private void change(Context ctx) {
        ChangePasswordCommand command;
        try {
            command = ChangePasswordCommand.fromForm(CustomerAccess.customerOf(ctx), ctx.formParam("currentPassword"),
                    ctx.formParam("password"), ctx.formParam("passwordRepeated"), ctx.ip());
        } catch (InvalidCommandException invalid) {
            show(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), null);
            return;
        }
        switch (changePassword.change(command, WebSessions.current(ctx).id())) {
            case ChangePassword.Changed changed -> {
                sessions.switchTo(ctx, changed.session());
                ctx.redirect(PATH + "?changed", HttpStatus.SEE_OTHER);
            }
            case ChangePassword.StepUpNeeded needed ->
                    show(ctx, 403, Map.of(), pages.message(ctx, "password-change.verify-again"));
            case ChangePassword.WrongCurrentPassword wrong -> show(ctx, 401,
                    Map.of("currentPassword", pages.message(ctx, "password-change.wrong-current")), null);
            case ChangePassword.Locked locked -> show(ctx, 429, Map.of(), pages.message(ctx, "login.locked",
                    lockDuration.toMinutes(), displayTime.until(locked.retryAfter())));
        }
    }

    private void show(Context ctx, int status, Map<String, String> errors, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("verified", checkStepUp.hasPassed(CustomerAccess.customerOf(ctx), StepUpAction.CHANGE_PASSWORD));
        pages.render(ctx, status, "shop/change-password", model);
    }
}
