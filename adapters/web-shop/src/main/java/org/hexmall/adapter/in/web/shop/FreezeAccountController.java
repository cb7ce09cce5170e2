package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.account.FreezeMyAccount;
import org.hexmall.domain.security.PlainPassword;

/**
 * Account &amp; security → "Freeze my account", for a customer who lost their phone or fears someone else uses the
 * account: the login password confirms it (or, once wrong ones have locked the login, anything typed), and the account
 * is frozen at once, every device logged out, this one too.
 * {@code /account-frozen} then says what that means and how to get the account back.
 */
public final class FreezeAccountController {

    static final String FORM = "/account/security/freeze";
    static final String FROZEN = "/account-frozen";

    private final FreezeMyAccount freezeMyAccount;
    private final PageRenderer pages;

    public FreezeAccountController(FreezeMyAccount freezeMyAccount, PageRenderer pages) {
        this.freezeMyAccount = freezeMyAccount;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(FORM, ctx -> showForm(ctx, 200, Map.of()));
        routes.post(FORM, this::freeze);
        // After "this wasn't me" the page also says what customer service will do.
        routes.get(FROZEN, ctx -> pages.render(ctx, "shop/account-frozen",
                Map.of("reported", ctx.queryParam("reported") != null)));
    }

    private void freeze(Context ctx) {
        String password = ctx.formParam("password");
        if (password == null || password.isEmpty()) {
            showForm(ctx, 422, Map.of("password", pages.message(ctx, "error.password.required")));
            return;
        }
        switch (freezeMyAccount.freeze(CustomerAccess.customerOf(ctx), new PlainPassword(password), ctx.ip())) {
            case FreezeMyAccount.Frozen frozen -> ctx.redirect(FROZEN);
            case FreezeMyAccount.WrongPassword wrong ->
                    showForm(ctx, 401, Map.of("password", pages.message(ctx, "freeze.wrong-password")));
        }
    }

    private void showForm(Context ctx, int status, Map<String, String> errors) {
        pages.render(ctx, status, "shop/freeze-account", Map.of("errors", errors));
    }
}
