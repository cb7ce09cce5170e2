package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
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
import org.hexmall.application.port.in.account.VerifyNewDeviceByFace;

/**
 * {@code /login/device}: the page a login from a device the account does not trust goes on to. The password was
 * right, but the visitor is not logged in until the code sent to the account's phone is typed here, in the same
 * browser; "trust this device" spares the code next time. When the risk rules asked for the stronger proof, the page
 * offers a face check first ({@code /login/device/face}, back at {@code /login/device/face-return}), with the code by
 * SMS as the way out.
 */
public final class NewDeviceLoginController {

    static final String PATH = "/login/device";
    private static final String FACE = PATH + "/face";
    private static final String FACE_RETURN = PATH + "/face-return";
    /** Carries the face check's sealed ticket while the customer is at the face-check service, and no longer. */
    private static final String FACE_TICKET = "hexmall_login_face";
    private static final int FACE_TICKET_SECONDS = 15 * 60;

    private final FindNewDeviceLogin findNewDeviceLogin;
    private final VerifyNewDevice verifyNewDevice;
    private final VerifyNewDeviceByFace verifyByFace;
    private final ResendNewDeviceCode resendNewDeviceCode;
    private final WebSessions sessions;
    private final DeviceCookies deviceCookies;
    private final PageRenderer pages;
    private final DisplayTime displayTime;
    private final boolean secureCookies;

    public NewDeviceLoginController(FindNewDeviceLogin findNewDeviceLogin, VerifyNewDevice verifyNewDevice,
                                    VerifyNewDeviceByFace verifyByFace, ResendNewDeviceCode resendNewDeviceCode,
                                    WebSessions sessions, DeviceCookies deviceCookies, PageRenderer pages,
                                    DisplayTime displayTime, boolean secureCookies) {
        this.deviceCookies = deviceCookies;
        this.findNewDeviceLogin = findNewDeviceLogin;
        this.verifyNewDevice = verifyNewDevice;
        this.verifyByFace = verifyByFace;
        this.secureCookies = secureCookies;
        this.resendNewDeviceCode = resendNewDeviceCode;
        this.sessions = sessions;
        this.pages = pages;
        this.displayTime = displayTime;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> show(ctx, 200, Map.of(), null, null, "code".equals(ctx.queryParam("by"))));
        routes.post(PATH, this::verify);
        routes.post(PATH + "/resend", this::resend);
        routes.post(FACE, this::openFaceCheck);
        routes.get(FACE_RETURN, this::finishFaceCheck);
    }

    /** Where a login held back for a code goes, carrying on to {@code next} afterwards ("" for "My account"). */
    static String pathWithNext(String next) {
        return next.isEmpty() ? PATH : PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    private void verify(Context ctx) {
        NewDeviceCodeCommand command;
        boolean trust = "yes".equals(ctx.formParam("trust"));
        Optional<String> freshToken = trust ? Optional.of(deviceCookies.newToken()) : Optional.empty();
        try {
            command = NewDeviceCodeCommand.fromForm(DeviceCookies.tokenOf(ctx), ctx.formParam("code"), trust,
                    WebSessions.current(ctx).id(), ctx.ip(), freshToken);
        } catch (InvalidCommandException invalid) {
            show(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), null, null,
                    true);
            return;
        }
        switch (verifyNewDevice.verify(command)) {
            case NewDeviceResult.SignedIn signedIn -> {
                freshToken.ifPresent(token -> deviceCookies.handOver(ctx, token));
                sessions.switchTo(ctx, signedIn.session());
                ctx.redirect(SafeRedirects.localPathOr(ctx.queryParam("next"), "/account"), HttpStatus.SEE_OTHER);
            }
            case NewDeviceResult.WrongCode wrong -> show(ctx, 422,
                    Map.of("code", pages.message(ctx, "new-device.wrong-code", wrong.entriesLeft())), null, null, true);
            case NewDeviceResult.NoCodeSent none -> show(ctx, 422, Map.of(), pages.message(ctx, "new-device.no-code"),
                    null, true);
            case NewDeviceResult.StartAgain again -> startAgain(ctx);
        }
    }

    /** Sends a (new) code; after a face check was asked for, this is the code instead, the first one sent. */
    private void resend(Context ctx) {
        boolean insteadOfFace = findNewDeviceLogin.asksForFace(DeviceCookies.tokenOf(ctx));
        switch (resendNewDeviceCode.resend(DeviceCookies.tokenOf(ctx), WebSessions.current(ctx).language())) {
            case Resent.Sent sent -> show(ctx, 200, Map.of(), null,
                    insteadOfFace ? null : pages.message(ctx, "new-device.resent"), true);
            case Resent.TooSoon tooSoon -> show(ctx, 429, Map.of(),
                    pages.message(ctx, "new-device.too-soon", displayTime.until(tooSoon.retryAt())), null, true);
            case Resent.DailyLimitReached limit -> show(ctx, 429, Map.of(),
                    pages.message(ctx, "new-device.daily-limit"), null, true);
            case Resent.StartAgain again -> startAgain(ctx);
        }
    }

    /** Sends the customer to the face-check service, keeping the check's ticket in a short-lived cookie. */
    private void openFaceCheck(Context ctx) {
        String next = SafeRedirects.localPathOr(ctx.queryParam("next"), "");
        URI returnTo = URI.create(next.isEmpty() ? FACE_RETURN
                : FACE_RETURN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        switch (verifyByFace.open(DeviceCookies.tokenOf(ctx), "yes".equals(ctx.formParam("trust")), returnTo,
                WebSessions.current(ctx).language())) {
            case VerifyNewDeviceByFace.Opened opened -> {
                ctx.cookie(new Cookie(FACE_TICKET, opened.ticket(), PATH, FACE_TICKET_SECONDS, secureCookies, true,
                        null, SameSite.LAX));
                ctx.redirect(opened.page().toString(), HttpStatus.SEE_OTHER);
            }
            case VerifyNewDeviceByFace.ServiceUnavailable unavailable -> show(ctx, 503, Map.of(),
                    pages.message(ctx, "verify.face-unavailable"), null, false);
            case VerifyNewDeviceByFace.StartAgain again -> startAgain(ctx);
        }
    }

    /** Back from the face-check service: the store asks the service how the check ended. */
    private void finishFaceCheck(Context ctx) {
        String freshToken = deviceCookies.newToken();
        switch (verifyByFace.finish(DeviceCookies.tokenOf(ctx), ctx.cookie(FACE_TICKET),
                WebSessions.current(ctx).id(), ctx.ip(), Optional.of(freshToken))) {
            case VerifyNewDeviceByFace.SignedIn signedIn -> {
                forgetFaceTicket(ctx);
                if (signedIn.knownByFreshToken()) {
                    deviceCookies.handOver(ctx, freshToken);
                }
                sessions.switchTo(ctx, signedIn.session());
                ctx.redirect(SafeRedirects.localPathOr(ctx.queryParam("next"), "/account"), HttpStatus.SEE_OTHER);
            }
            case VerifyNewDeviceByFace.NotMatched notMatched -> {
                forgetFaceTicket(ctx);
                String next = SafeRedirects.localPathOr(ctx.queryParam("next"), "");
                ctx.redirect(next.isEmpty() ? "/login?faceNotMatched" : "/login?faceNotMatched&next="
                        + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            }
            case VerifyNewDeviceByFace.CameraUnavailable camera -> show(ctx, 200, Map.of(),
                    pages.message(ctx, "verify.camera-unavailable"), null, false);
            case VerifyNewDeviceByFace.NotFinished notFinished -> show(ctx, 200, Map.of(),
                    pages.message(ctx, "verify.face-pending"), null, false);
            case VerifyNewDeviceByFace.ServiceUnavailable unavailable -> show(ctx, 503, Map.of(),
                    pages.message(ctx, "verify.face-unavailable"), null, false);
            case VerifyNewDeviceByFace.StartAgain again -> {
                forgetFaceTicket(ctx);
                startAgain(ctx);
            }
        }
    }

    private void forgetFaceTicket(Context ctx) {
        ctx.cookie(new Cookie(FACE_TICKET, "", PATH, 0, secureCookies, true, null, SameSite.LAX));
    }

    /** The wait or the code ran out: back to the login form, which says why. */
    private void startAgain(Context ctx) {
        String next = SafeRedirects.localPathOr(ctx.queryParam("next"), "");
        ctx.redirect(next.isEmpty() ? "/login?startAgain" : "/login?startAgain&next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    /** @param byCode the customer chose the code, or is at it: no face check is offered even if one was asked for */
    private void show(Context ctx, int status, Map<String, String> errors, String problem, String notice,
                      boolean byCode) {
        String token = DeviceCookies.tokenOf(ctx);
        Optional<FindNewDeviceLogin.WaitingLogin> waiting = findNewDeviceLogin.waitingOn(token);
        if (waiting.isEmpty()) {
            startAgain(ctx);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("maskedPhone", waiting.get().maskedPhone());
        model.put("codeSent", waiting.get().codeSent());
        model.put("face", !byCode && findNewDeviceLogin.asksForFace(token));
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("notice", notice);
        model.put("next", SafeRedirects.localPathOr(ctx.queryParam("next"), ""));
        pages.render(ctx, status, "shop/new-device", model);
    }
}
