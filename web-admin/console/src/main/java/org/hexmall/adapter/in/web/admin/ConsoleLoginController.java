package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.LogInAgent;

/** {@code /admin/login} and {@code /admin/logout}: agents only. */
public final class ConsoleLoginController {

    private final LogInAgent logInAgent;
    private final LogOut logOut;
    private final WebSessions sessions;
    private final PageRenderer pages;
    private final DisplayTime displayTime;
    private final Duration lockDuration;

    public ConsoleLoginController(LogInAgent logInAgent, LogOut logOut, WebSessions sessions, PageRenderer pages,
                                  DisplayTime displayTime, Duration lockDuration) {
        this.logInAgent = logInAgent;
        this.logOut = logOut;
        this.sessions = sessions;
        this.pages = pages;
        this.displayTime = displayTime;
        this.lockDuration = lockDuration;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/login", ctx -> showForm(ctx, 200, Map.of(), null));
        routes.post("/admin/login", this::submit);
        routes.post("/admin/logout", this::logOut);
    }

    private void submit(Context ctx) {
        AgentLoginCommand command;
        try {
            command = AgentLoginCommand.fromForm(ctx.formParam("username"), ctx.formParam("password"), ctx.ip(),
                    WebSessions.current(ctx).id());
        } catch (InvalidCommandException invalid) {
            showForm(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), null);
            return;
        }
        switch (logInAgent.logIn(command)) {
            case LoginResult.SignedIn signedIn -> {
                sessions.switchTo(ctx, signedIn.session());
                ctx.redirect("/admin");
            }
            case LoginResult.Locked locked -> showForm(ctx, 429, Map.of(), pages.message(ctx, "console.login.locked",
                    lockDuration.toMinutes(), displayTime.until(locked.retryAfter())));
            case LoginResult.WrongCredentials wrong -> showForm(ctx, 401, Map.of(), pages.message(ctx, "console.login.wrong"));
            case LoginResult.Frozen disabled ->
                    showForm(ctx, 403, Map.of(), pages.message(ctx, "console.login.disabled"));
            case LoginResult.HeldForReview held ->
                    showForm(ctx, 401, Map.of(), pages.message(ctx, "console.login.wrong"));
            case LoginResult.NewDeviceCodeRequired code ->
                    throw new IllegalStateException("agents' logins are not held back for a device code");
        }
    }

    private void logOut(Context ctx) {
        logOut.logOut(WebSessions.current(ctx).id());
        ctx.redirect("/admin/login");
    }

    private void showForm(Context ctx, int status, Map<String, String> errors, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("username", ctx.formParam("username") == null ? "" : ctx.formParam("username"));
        model.put("sessionEnded", ctx.queryParam("ended") != null);
        pages.render(ctx, status, "admin/login", model);
    }
}
