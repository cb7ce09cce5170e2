package org.hexmall.simulator.wallet.app;

import io.javalin.config.RoutesConfig;
import java.time.ZoneId;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.web.PageHost;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * Mounts the SIMULATED wallet apps' pages under {@code /mock-wallet}: the approval and pay pages the store
 * redirects customers to, each account's "Authorizations" page, and the demo control page. The host speaks its
 * visitor's language on them, and its form check must guard their forms, as it guards its own.
 */
public final class SimulatedWalletApp {

    /** The pages' own texts; the layout's are in {@link SimulatorPages#SHARED_BUNDLE}. */
    public static final String MESSAGES = "i18n/mock-wallet";

    private final ApprovalPage approval;
    private final PayPage pay;
    private final AccountAppPage accountApp;
    private final DemoControlPage control;

    /** @param demoMode whether the pages show the demo accounts' payment passwords */
    public SimulatedWalletApp(WalletSimulator simulator, PageHost host, ZoneId displayZone, boolean demoMode) {
        var pages = new SimulatorPages(MESSAGES, host, displayZone, demoMode);
        var texts = new AppTexts(pages);
        this.approval = new ApprovalPage(simulator.agreements(), simulator.accounts(), pages, texts);
        this.pay = new PayPage(simulator.payments(), simulator.accounts(), pages, texts);
        this.accountApp = new AccountAppPage(simulator.accounts(), simulator.agreements(), pages, texts);
        this.control = new DemoControlPage(simulator, pages, texts);
    }

    public void register(RoutesConfig routes) {
        control.register(routes);
        approval.register(routes);
        pay.register(routes);
        accountApp.register(routes);
    }
}
