package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.account.MyAccountView;
import org.hexmall.application.port.in.account.ViewMyAccount;

/** "My account" (我的京东) and its "Account &amp; security" (账户与安全) section. */
public final class AccountController {

    private final ViewMyAccount viewMyAccount;
    private final PageRenderer pages;

    public AccountController(ViewMyAccount viewMyAccount, PageRenderer pages) {
        this.viewMyAccount = viewMyAccount;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/account", this::myAccount);
        routes.get("/account/security", ctx -> pages.render(ctx, "shop/security", Map.of()));
    }

    private void myAccount(Context ctx) {
        Optional<MyAccountView> account = viewMyAccount.view(CustomerAccess.customerOf(ctx));
        if (account.isEmpty()) {
            ctx.status(404);
            return;
        }
        pages.render(ctx, "shop/account", Map.of("account", account.get()));
    }
}
