package org.hexmall.adapter.out.wallet.mock.app;

import io.javalin.config.RoutesConfig;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.out.wallet.mock.WalletSimulator;

/**
 * Mounts the SIMULATED wallet apps' pages under {@code /mock-wallet}: the approval and pay pages the store
 * redirects customers to, each account's "Authorizations" page, and the demo control page. They need the server's
 * session and form-token handlers in front of them, like every other page.
 */
public final class SimulatedWalletApp {

    private final ApprovalPage approval;
    private final PayPage pay;
    private final AccountAppPage accountApp;
    private final DemoControlPage control;

    public SimulatedWalletApp(WalletSimulator simulator, PageRenderer pages) {
        var texts = new AppTexts(pages);
        this.approval = new ApprovalPage(simulator, pages, texts);
        this.pay = new PayPage(simulator, pages, texts);
        this.accountApp = new AccountAppPage(simulator, pages, texts);
        this.control = new DemoControlPage(simulator, pages, texts);
    }

    public void register(RoutesConfig routes) {
        control.register(routes);
        approval.register(routes);
        pay.register(routes);
        accountApp.register(routes);
    }
}
