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
import org.hexmall.adapter.in.web.common.SafeRedirects;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.in.session.LoginResult;

/** {@code /login} and {@code /logout} for customers. */
public final class LoginController {

    private final LogInCustomer logInCustomer;
    private final LogOut logOut;
    private final WebSessions sessions;
    private final PageRenderer pages;
    private final DisplayTime displayTime;
    private final Duration lockDuration;

    public LoginController(LogInCustomer logInCustomer, LogOut logOut, WebSessions sessions, PageRenderer pages,
                           DisplayTime displayTime, Duration lockDuration) {
        this.logInCustomer = logInCustomer;
        this.logOut = logOut;
        this.sessions = sessions;
        this.pages = pages;
        this.displayTime = displayTime;
        this.lockDuration = lockDuration;
    }

    public void register(RoutesConfig routes) {
        routes.get("/login", ctx -> showForm(ctx, 200, Map.of(), null));
        routes.post("/login", this::submit);
        routes.post("/logout", this::logOut);
    }

    private void submit(Context ctx) {
        CustomerLoginCommand command;
        try {
            command = CustomerLoginCommand.fromForm(ctx.formParam("login"), ctx.formParam("password"), ctx.ip(),
                    WebSessions.current(ctx).id(), DeviceCookies.loginDeviceOf(ctx));
        } catch (InvalidCommandException invalid) {
            showForm(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), null);
            return;
        }
        switch (logInCustomer.logIn(command)) {
            case LoginResult.SignedIn signedIn -> {
                sessions.switchTo(ctx, signedIn.session());
                ctx.redirect(SafeRedirects.localPathOr(ctx.queryParam("next"), "/account"));
            }
            case LoginResult.WrongCredentials wrong -> showForm(ctx, 401, Map.of(), pages.message(ctx, "login.wrong"));
            case LoginResult.Locked locked -> showForm(ctx, 429, Map.of(), pages.message(ctx, "login.locked",
                    lockDuration.toMinutes(), displayTime.until(locked.retryAfter())));
            case LoginResult.Frozen frozen -> showForm(ctx, 403, Map.of(), null, true);
            case LoginResult.HeldForReview held -> showForm(ctx, 403, Map.of(), pages.message(ctx, "login.held"));
            case LoginResult.NewDeviceCodeRequired code -> ctx.redirect(NewDeviceLoginController.pathWithNext(
                    SafeRedirects.localPathOr(ctx.queryParam("next"), "")), HttpStatus.SEE_OTHER);
        }
    }

    private void logOut(Context ctx) {
        logOut.logOut(WebSessions.current(ctx).id());
        ctx.redirect("/");
    }

    private void showForm(Context ctx, int status, Map<String, String> errors, String problem) {
        showForm(ctx, status, errors, problem, false);
    }

    /** @param frozen the account is frozen: the page says so and links to where a customer can unfreeze it */
    private void showForm(Context ctx, int status, Map<String, String> errors, String problem, boolean frozen) {
        Map<String, Object> model = new HashMap<>();
        model.put("frozen", frozen);
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("login", ctx.formParam("login") == null ? "" : ctx.formParam("login"));
        model.put("next", SafeRedirects.localPathOr(ctx.queryParam("next"), ""));
        model.put("registered", ctx.queryParam("registered") != null);
        model.put("sessionEnded", ctx.queryParam("ended") != null);
        model.put("passwordChanged", ctx.queryParam("passwordChanged") != null);
        model.put("startAgain", ctx.queryParam("startAgain") != null);
        model.put("faceNotMatched", ctx.queryParam("faceNotMatched") != null);
        pages.render(ctx, status, "shop/login", model);
    }
}
