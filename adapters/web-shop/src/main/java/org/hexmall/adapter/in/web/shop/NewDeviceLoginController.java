package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.SafeRedirects;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.ResendNewDeviceCode;
import org.hexmall.application.port.in.account.ResendNewDeviceCode.Resent;
import org.hexmall.application.port.in.account.VerifyNewDevice;

/**
 * {@code /login/device}: the page a login from a device the account does not trust goes on to. The password was
 * right, but the visitor is not logged in until the code sent to the account's phone is typed here, in the same
 * browser; "trust this device" spares the code next time.
 */
public final class NewDeviceLoginController {

    static final String PATH = "/login/device";

    private final FindNewDeviceLogin findNewDeviceLogin;
    private final VerifyNewDevice verifyNewDevice;
    private final ResendNewDeviceCode resendNewDeviceCode;
    private final WebSessions sessions;
    private final PageRenderer pages;
    private final DisplayTime displayTime;

    public NewDeviceLoginController(FindNewDeviceLogin findNewDeviceLogin, VerifyNewDevice verifyNewDevice,
                                    ResendNewDeviceCode resendNewDeviceCode, WebSessions sessions, PageRenderer pages,
                                    DisplayTime displayTime) {
        this.findNewDeviceLogin = findNewDeviceLogin;
        this.verifyNewDevice = verifyNewDevice;
        this.resendNewDeviceCode = resendNewDeviceCode;
        this.sessions = sessions;
        this.pages = pages;
        this.displayTime = displayTime;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> show(ctx, 200, Map.of(), null, null));
        routes.post(PATH, this::verify);
        routes.post(PATH + "/resend", this::resend);
    }

    /** Where a login held back for a code goes, carrying on to {@code next} afterwards ("" for "My account"). */
    static String pathWithNext(String next) {
        return next.isEmpty() ? PATH : PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    private void verify(Context ctx) {
        NewDeviceCodeCommand command;
        try {
            command = NewDeviceCodeCommand.fromForm(DeviceCookies.tokenOf(ctx), ctx.formParam("code"),
                    "yes".equals(ctx.formParam("trust")), WebSessions.current(ctx).id());
        } catch (InvalidCommandException invalid) {
            show(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), null, null);
            return;
        }
        switch (verifyNewDevice.verify(command)) {
            case NewDeviceResult.SignedIn signedIn -> {
                sessions.switchTo(ctx, signedIn.session());
                ctx.redirect(SafeRedirects.localPathOr(ctx.queryParam("next"), "/account"), HttpStatus.SEE_OTHER);
            }
            case NewDeviceResult.WrongCode wrong -> show(ctx, 422,
                    Map.of("code", pages.message(ctx, "new-device.wrong-code", wrong.entriesLeft())), null, null);
            case NewDeviceResult.NoCodeSent none -> show(ctx, 422, Map.of(), pages.message(ctx, "new-device.no-code"),
                    null);
            case NewDeviceResult.StartAgain again -> startAgain(ctx);
        }
    }

    private void resend(Context ctx) {
        switch (resendNewDeviceCode.resend(DeviceCookies.tokenOf(ctx), WebSessions.current(ctx).language())) {
            case Resent.Sent sent -> show(ctx, 200, Map.of(), null, pages.message(ctx, "new-device.resent"));
            case Resent.TooSoon tooSoon -> show(ctx, 429, Map.of(),
                    pages.message(ctx, "new-device.too-soon", displayTime.time(tooSoon.retryAt())), null);
            case Resent.DailyLimitReached limit -> show(ctx, 429, Map.of(),
                    pages.message(ctx, "new-device.daily-limit"), null);
            case Resent.StartAgain again -> startAgain(ctx);
        }
    }

    /** The wait or the code ran out: back to the login form, which says why. */
    private void startAgain(Context ctx) {
        String next = SafeRedirects.localPathOr(ctx.queryParam("next"), "");
        ctx.redirect(next.isEmpty() ? "/login?startAgain" : "/login?startAgain&next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, Map<String, String> errors, String problem, String notice) {
        Optional<String> maskedPhone = findNewDeviceLogin.waitingOn(DeviceCookies.tokenOf(ctx));
        if (maskedPhone.isEmpty()) {
            startAgain(ctx);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("maskedPhone", maskedPhone.get());
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("notice", notice);
        model.put("next", SafeRedirects.localPathOr(ctx.queryParam("next"), ""));
        pages.render(ctx, status, "shop/new-device", model);
    }
}
