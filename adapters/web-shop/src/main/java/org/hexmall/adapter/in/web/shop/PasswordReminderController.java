package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.SafeRedirects;
import org.hexmall.adapter.in.web.common.StaticFiles;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.account.DismissPasswordReminder;
import org.hexmall.application.port.in.account.ViewPasswordReminder;
import org.hexmall.domain.security.Principal;

/**
 * The banner above the shop's pages that asks a signed-in customer to change their login password, saying why (it is
 * old, a login lock, a risk hold), with "Change password" and "Remind me later", which hides it for a while.
 */
public final class PasswordReminderController {

    static final String DISMISS = "/account/security/password-reminder/dismiss";
    /** The store's own pages; the console, the API, the simulators and files show no banner. */
    private static final List<String> NOT_SHOP_PAGES = List.of("/admin", "/api", "/static", "/images", "/mock-",
            "/health", "/verify", ChangePasswordController.PATH, WalletNotificationController.PREFIX,
            StaticFiles.FAVICON);

    private final ViewPasswordReminder viewReminder;
    private final DismissPasswordReminder dismissReminder;

    public PasswordReminderController(ViewPasswordReminder viewReminder, DismissPasswordReminder dismissReminder) {
        this.viewReminder = viewReminder;
        this.dismissReminder = dismissReminder;
    }

    public void register(RoutesConfig routes) {
        routes.before(this::showBannerWhenDue);
        routes.post(DISMISS, this::dismiss);
    }

    private void showBannerWhenDue(Context ctx) {
        if (ctx.method() != HandlerType.GET || NOT_SHOP_PAGES.stream().anyMatch(ctx.path()::startsWith)) {
            return;
        }
        if (WebSessions.current(ctx).principal() instanceof Principal.Customer customer) {
            viewReminder.due(customer.customerId()).ifPresent(due -> {
                Map<String, Object> existing = ctx.attribute(PageRenderer.LAYOUT_VALUES);
                Map<String, Object> layout = existing == null ? new HashMap<>() : existing;
                layout.put("passwordReminder", due);
                ctx.attribute(PageRenderer.LAYOUT_VALUES, layout);
                PageRenderer.showNotice(ctx, "shop/password-reminder");
            });
        }
    }

    private void dismiss(Context ctx) {
        dismissReminder.dismiss(CustomerAccess.customerOf(ctx));
        ctx.redirect(SafeRedirects.localPathOr(ctx.formParam("next"), "/account"), HttpStatus.SEE_OTHER);
    }
}
