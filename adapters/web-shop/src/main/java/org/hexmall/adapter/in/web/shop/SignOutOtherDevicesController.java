package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.account.SignOutOtherDevices;
import org.hexmall.application.port.in.security.CheckStepUp;
import org.hexmall.domain.security.StepUpAction;

/**
 * Login devices → "Sign out all other devices": a step-up first, then one button that logs out and untrusts every
 * other device of the account; the customer stays signed in here and lands back on the list.
 */
public final class SignOutOtherDevicesController {

    static final String PATH = DevicesController.PATH + "/sign-out-others";

    private final CheckStepUp checkStepUp;
    private final SignOutOtherDevices signOutOtherDevices;
    private final WebSessions sessions;
    private final PageRenderer pages;

    public SignOutOtherDevicesController(CheckStepUp checkStepUp, SignOutOtherDevices signOutOtherDevices,
                                         WebSessions sessions, PageRenderer pages) {
        this.checkStepUp = checkStepUp;
        this.signOutOtherDevices = signOutOtherDevices;
        this.sessions = sessions;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> show(ctx, 200));
        routes.post(PATH, this::signOut);
    }

    private void signOut(Context ctx) {
        var command = new SignOutOtherDevices.Command(CustomerAccess.customerOf(ctx), WebSessions.current(ctx).id(),
                DeviceCookies.tokenOf(ctx), ctx.ip());
        switch (signOutOtherDevices.signOut(command)) {
            case SignOutOtherDevices.Result.SignedOut done -> {
                sessions.switchTo(ctx, done.session());
                ctx.redirect(DevicesController.PATH + "?signedOutOthers=" + done.devicesRevoked(),
                        HttpStatus.SEE_OTHER);
            }
            case SignOutOtherDevices.Result.StepUpNeeded needed -> show(ctx, 403);
        }
    }

    private void show(Context ctx, int status) {
        boolean verified = checkStepUp.hasPassed(CustomerAccess.customerOf(ctx), StepUpAction.REVOKE_ALL_DEVICES);
        pages.render(ctx, status, "shop/sign-out-others", Map.of("verified", verified));
    }
}
