package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.account.MyAccountView;
import org.hexmall.application.port.in.account.ViewMyAccount;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * {@code /customer-service} (联系客服): how to reach hexmall's customer service, what to have ready, and where each
 * wallet's own customer service is, for every page that sends the customer there; every storefront page's footer
 * leads to it. Open to every visitor: a customer who cannot log in needs it most. A signed-in customer reads the
 * masked number of their account, which customer service checks.
 */
public final class CustomerServiceController {

    static final String PATH = "/customer-service";

    private final ViewMyAccount viewMyAccount;
    private final PageRenderer pages;

    public CustomerServiceController(ViewMyAccount viewMyAccount, PageRenderer pages) {
        this.viewMyAccount = viewMyAccount;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::show);
    }

    private void show(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("wallets", WalletProvider.supportedProviders());
        model.put("maskedPhone", WebSessions.current(ctx).principal() instanceof Principal.Customer customer
                ? viewMyAccount.view(customer.customerId()).map(MyAccountView::maskedPhone).orElse(null) : null);
        pages.render(ctx, "shop/customer-service", model);
    }
}
