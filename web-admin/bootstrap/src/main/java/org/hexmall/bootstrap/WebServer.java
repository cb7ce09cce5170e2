package org.hexmall.bootstrap;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.adapter.in.web.admin.AccountSupportController;
import org.hexmall.adapter.in.web.admin.AgentManagementController;
import org.hexmall.adapter.in.web.admin.AuditLogController;
import org.hexmall.adapter.in.web.admin.CampaignController;
import org.hexmall.adapter.in.web.admin.CaseNoteController;
import org.hexmall.adapter.in.web.admin.CompensationController;
import org.hexmall.adapter.in.web.admin.ConsoleLoginController;
import org.hexmall.adapter.in.web.admin.ConsoleRoutes;
import org.hexmall.adapter.in.web.admin.HelpController;
import org.hexmall.adapter.in.web.admin.CustomerLookupController;
import org.hexmall.adapter.in.web.admin.CustomerTimelineController;
import org.hexmall.adapter.in.web.admin.CustomerPage;
import org.hexmall.adapter.in.web.admin.DashboardController;
import org.hexmall.adapter.in.web.admin.DeviceSupportController;
import org.hexmall.adapter.in.web.admin.OrderFileController;
import org.hexmall.adapter.in.web.admin.RefundController;
import org.hexmall.adapter.in.web.admin.RiskAlertController;
import org.hexmall.adapter.in.web.admin.WalletSupportController;
import org.hexmall.adapter.in.web.api.ApiRefusals;
import org.hexmall.adapter.in.web.api.ApiRoutes;
import org.hexmall.adapter.in.web.common.ClientAddresses;
import org.hexmall.adapter.in.web.common.CsrfProtection;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.ErrorPages;
import org.hexmall.adapter.in.web.common.HealthEndpoint;
import org.hexmall.adapter.in.web.common.LanguageSwitch;
import org.hexmall.adapter.in.web.common.MalformedRequests;
import org.hexmall.adapter.in.web.common.Messages;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.SecurityHeaders;
import org.hexmall.adapter.in.web.common.SessionRealm;
import org.hexmall.adapter.in.web.common.StaticFiles;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.adapter.in.web.shop.AccountController;
import org.hexmall.adapter.in.web.shop.AccountSecurityRoutes;
import org.hexmall.adapter.in.web.shop.ActivityController;
import org.hexmall.adapter.in.web.shop.BindWalletController;
import org.hexmall.adapter.in.web.shop.CartBadge;
import org.hexmall.adapter.in.web.shop.CartController;
import org.hexmall.adapter.in.web.shop.CatalogController;
import org.hexmall.adapter.in.web.shop.ChangePasswordController;
import org.hexmall.adapter.in.web.shop.ChangePhoneController;
import org.hexmall.adapter.in.web.shop.CustomerServiceController;
import org.hexmall.adapter.in.web.shop.DeviceCookies;
import org.hexmall.adapter.in.web.shop.DevicesController;
import org.hexmall.adapter.in.web.shop.FreezeAccountController;
import org.hexmall.adapter.in.web.shop.LoginController;
import org.hexmall.adapter.in.web.shop.MyCouponsController;
import org.hexmall.adapter.in.web.shop.MyPointsController;
import org.hexmall.adapter.in.web.shop.NewDeviceLoginController;
import org.hexmall.adapter.in.web.shop.OrderController;
import org.hexmall.adapter.in.web.shop.PasswordReminderController;
import org.hexmall.adapter.in.web.shop.PasswordResetController;
import org.hexmall.adapter.in.web.shop.PaymentController;
import org.hexmall.adapter.in.web.shop.PaymentMethodsController;
import org.hexmall.adapter.in.web.shop.ProductImages;
import org.hexmall.adapter.in.web.shop.PromotionsController;
import org.hexmall.adapter.in.web.shop.RegistrationController;
import org.hexmall.adapter.in.web.shop.SearchController;
import org.hexmall.adapter.in.web.shop.SignOutOtherDevicesController;
import org.hexmall.adapter.in.web.shop.StepUpController;
import org.hexmall.adapter.in.web.shop.StorefrontRoutes;
import org.hexmall.adapter.in.web.shop.UnfreezeAccountController;
import org.hexmall.adapter.in.web.shop.WalletNotificationController;
import org.hexmall.adapter.in.web.shop.WalletReturnController;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.simulator.face.FaceCheckPage;
import org.hexmall.simulator.sms.SimulatedPhonePage;
import org.hexmall.simulator.wallet.app.SimulatedWalletApp;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * The one Javalin server: the storefront at {@code /}, the console at {@code /admin}, the simulated
 * wallet apps at {@code /mock-wallet} (and, in demo mode, the simulated phone at {@code /mock-phone}),
 * with shared plumbing (security headers, sessions, form tokens, error pages, languages) in front. It serves
 * HTTPS when a keystore is configured, plain HTTP otherwise.
 */
final class WebServer {

    static {
        // Jetty sizes some of its queues by how many object references fill a cache line, which depends on whether
        // the JVM compresses them; unless told, it asks the JVM through JMX, starting the platform's management
        // server, its MBeans and threads for that one answer. The JVM compresses references below 32 GB of heap.
        if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
            boolean compressedReferences = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", compressedReferences ? "16" : "8");
        }
    }

    /** The bundles of the store's pages. */
    private static final List<String> STORE_BUNDLES = List.of("i18n/common", "i18n/shop", "i18n/admin");
    /** Every bundle of the pages this server shows, the simulators' included; the message-bundle test checks each. */
    static final List<String> MESSAGE_BUNDLES = Stream.concat(STORE_BUNDLES.stream(), Stream.of(
            SimulatorPages.SHARED_BUNDLE, SimulatedWalletApp.MESSAGES, SimulatedPhonePage.MESSAGES,
            FaceCheckPage.MESSAGES)).toList();

    /** The shop's customers; the JSON API accepts their cookie as well as its own bearer tokens. */
    private static final SessionRealm SHOP_REALM = new SessionRealm("/", "hexmall_shop");
    private static final List<SessionRealm> REALMS = List.of(
            new SessionRealm("/admin", "hexmall_console"),
            SHOP_REALM);

    private final HexmallConfig config;
    private final UseCases useCases;
    private final Simulators simulators;
    private final Duration lockDuration;
    private final PageRenderer pages;
    private final DisplayTime displayTime;
    private final WebSessions sessions;
    private final DeviceCookies deviceCookies;
    private final Clock clock;

    WebServer(HexmallConfig config, UseCases useCases, Simulators simulators, Duration lockDuration, Clock clock) {
        this.clock = clock;
        this.config = config;
        this.useCases = useCases;
        this.simulators = simulators;
        this.lockDuration = lockDuration;
        this.pages = new PageRenderer(new Messages(STORE_BUNDLES), config.timeZone(), config.demoData());
        this.displayTime = new DisplayTime(config.timeZone());
        this.sessions = new WebSessions(useCases.resumeSession(), REALMS, config.secureCookies());
        this.deviceCookies = new DeviceCookies(new SecureRandomTokens()::token, config.secureCookies());
    }

    Javalin create() {
        return create(Optional.empty());
    }

    /**
     * The server, with each request's round trips counted apart by {@code roundTrips} when given one: the request's
     * thread serves it from the first before-handler to the last after-handler.
     */
    Javalin create(Optional<RoundTripCounter> roundTrips) {
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.port = config.port();
            var clientAddresses = new ClientAddresses(config.trustedProxies());
            javalin.contextResolver.ip = ctx -> clientAddresses.clientOf(ctx.req().getRemoteAddr(),
                    ctx.header(ClientAddresses.FORWARDED_FOR));
            // With a connector of its own, Javalin opens no plain HTTP one: HTTPS replaces HTTP on the same port.
            config.tls().ifPresent(keystore -> javalin.jetty.addConnector(
                    (server, http) -> HttpsConnector.on(server, http, keystore, config.port())));
            new MalformedRequests(pages, List.of(new ApiRefusals())).register(javalin);
            // After a form, the language switch leads back to a page a GET shows: the router knows which those are.
            javalin.appData(LanguageSwitch.PAGES, path -> !javalin.unsafe.internalRouter
                    .findHttpHandlerEntries(HandlerType.GET, path).isEmpty());
            roundTrips.ifPresent(counter -> javalin.routes.before(ctx -> counter.startServing()));
            mount(javalin.routes);
            roundTrips.ifPresent(counter -> javalin.routes.after(ctx -> counter.stopServing()));
        });
    }

    private void mount(RoutesConfig routes) {
        var csrf = new CsrfProtection(pages);
        routes.before(SecurityHeaders::apply);
        routes.before(ctx -> {
            if (needsSession(ctx)) {
                sessions.attach(ctx);
                csrf.check(ctx);
                if (REALMS.stream().filter(realm -> realm.covers(ctx.path())).findFirst().orElseThrow()
                        .equals(SHOP_REALM)) {
                    deviceCookies.attach(ctx);
                }
            }
        });
        new ErrorPages(pages).register(routes);
        pages.staticFiles().register(routes);
        new HealthEndpoint(useCases.checkHealth()).register(routes);
        api().register(routes);
        var languages = new LanguageSwitch(useCases.chooseLanguage());
        languages.register(routes, "");
        languages.register(routes, "/admin");
        storefront().register(routes);
        CartBadge.register(routes, useCases.countCartItems());
        new SearchController(useCases.searchCatalog(), pages).register(routes);
        console().register(routes);
        var simulatorHost = new SimulatorPageHost(pages);
        new SimulatedWalletApp(simulators.wallets(), simulatorHost, config.timeZone(), config.demoData())
                .register(routes);
        new FaceCheckPage(simulators.faces(), simulatorHost, config.timeZone(), config.demoData()).register(routes);
        if (config.demoData()) {
            new SimulatedPhonePage(simulators.phones(), simulatorHost, config.timeZone()).register(routes);
        }
    }

    /**
     * Static files, product images and the health check need no session, so they never touch the session table; wallet
     * providers' notifications have none either, and are trusted for their signature, not a form token. The JSON
     * API checks its own credentials (a bearer token, or the shop's cookie with its form token in a header).
     */
    private static boolean needsSession(Context ctx) {
        return !ctx.path().startsWith(StaticFiles.PREFIX) && !ctx.path().startsWith(ProductImages.PREFIX)
                && !ctx.path().equals(StaticFiles.FAVICON)
                && !ctx.path().equals(HealthEndpoint.PATH)
                && !ctx.path().startsWith(WalletNotificationController.PREFIX)
                && !ctx.path().startsWith(ApiRoutes.PREFIX + "/");
    }

    private ApiRoutes api() {
        return new ApiRoutes(useCases.logInCustomer(), useCases.logOut(), useCases.resumeSession(),
                useCases.browseCatalog(),
                useCases.searchCatalog(), useCases.viewProduct(), useCases.viewCart(), useCases.changeCart(), useCases.settleCart(),
                useCases.viewOrderPayments(), useCases.payForOrder(), useCases.viewPayment(),
                useCases.completeWalletReconfirmation(), useCases.viewPaymentOptions(),
                new ApiRoutes.CustomerPromotions(useCases.viewOffers(), useCases.claimCoupon(),
                        useCases.viewMyCoupons(), useCases.viewMyPoints()),
                new ApiRoutes.NewDeviceLogins(useCases.findNewDeviceLogin(), useCases.verifyNewDevice(),
                        useCases.resendNewDeviceCode(), new SecureRandomTokens()::token),
                SHOP_REALM.cookieName(), config.unpaidOrderTimeout(), clock);
    }

    private StorefrontRoutes storefront() {
        return new StorefrontRoutes(
                new CatalogController(useCases.browseCatalog(), useCases.viewProduct(), useCases.viewOffers(),
                        pages),
                new ProductImages(useCases.viewProduct()),
                new CartController(useCases.viewCart(), useCases.changeCart(), useCases.settleCart(),
                        useCases.viewProduct(), useCases.viewOffers(), pages),
                new OrderController(useCases.viewOrderPayments(), useCases.listPurchases(), pages,
                        config.unpaidOrderTimeout(), useCases.viewOrderRefunds(), useCases.askForRefund()),
                new PaymentController(useCases.viewPaymentOptions(), useCases.payForOrder(),
                        useCases.completePayment(), useCases.viewPayment(), useCases.viewOrderPayments(),
                        useCases.completeWalletReconfirmation(), useCases.unbindWallet(),
                        useCases.startWalletBinding(), pages, config.maxWallets()),
                new RegistrationController(useCases.registerCustomer(), pages),
                new LoginController(useCases.logInCustomer(), useCases.logOut(), sessions, pages, displayTime,
                        lockDuration),
                new NewDeviceLoginController(useCases.findNewDeviceLogin(), useCases.verifyNewDevice(),
                        useCases.verifyNewDeviceByFace(), useCases.resendNewDeviceCode(), sessions, deviceCookies,
                        pages, displayTime, config.secureCookies()),
                new DevicesController(useCases.listDevices(), useCases.revokeMyDevice(), pages),
                new PasswordResetController(useCases.requestPasswordReset(), useCases.resetPassword(), pages),
                new AccountController(useCases.viewMyAccount(), pages),
                new FreezeAccountController(useCases.freezeMyAccount(), pages),
                new ActivityController(useCases.viewMyActivity(), useCases.reportNotMe(), pages),
                new PaymentMethodsController(useCases.viewPaymentMethods(), useCases.unbindWallet(),
                        useCases.setPreferredWallet(), pages),
                new BindWalletController(useCases.startWalletBinding(), useCases.resendBindingCode(),
                        useCases.confirmBindingCode(), useCases.openWalletAuthorization(),
                        useCases.viewPaymentMethods(), useCases.viewMyAccount(), pages, clock, config.maxWallets()),
                new WalletReturnController(useCases.completeWalletAuthorization(), useCases.viewBindingOutcome(),
                        useCases.viewOrderPayments(), pages),
                new WalletNotificationController(useCases.receiveWalletNotice()),
                accountSecurity(),
                new PromotionsController(useCases.viewOffers(), useCases.claimCoupon(), pages),
                new MyCouponsController(useCases.viewMyCoupons(), pages),
                new MyPointsController(useCases.viewMyPoints(), pages),
                new CustomerServiceController(useCases.viewMyAccount(), pages));
    }

    private AccountSecurityRoutes accountSecurity() {
        return new AccountSecurityRoutes(
                new StepUpController(useCases.startStepUp(), useCases.viewStepUp(), useCases.sendStepUpCode(),
                        useCases.enterStepUpCode(), useCases.openFaceCheck(), useCases.finishFaceCheck(), sessions,
                        pages, displayTime),
                new ChangePasswordController(useCases.checkStepUp(), useCases.changePassword(), sessions, pages,
                        displayTime, lockDuration),
                new ChangePhoneController(useCases.checkStepUp(), useCases.startPhoneChange(),
                        useCases.confirmPhoneChange(), sessions, pages, displayTime),
                new UnfreezeAccountController(useCases.startSelfUnfreeze(), useCases.unfreezeMyAccount(), pages,
                        displayTime, lockDuration),
                new PasswordReminderController(useCases.viewPasswordReminder(), useCases.dismissPasswordReminder()),
                new SignOutOtherDevicesController(useCases.checkStepUp(), useCases.signOutOtherDevices(), sessions,
                        pages));
    }

    private ConsoleRoutes console() {
        CustomerPage customerPage = new CustomerPage(useCases.viewCustomerDetails(), useCases.listDevices(),
                useCases.listRiskAlerts(), pages, clock);
        return new ConsoleRoutes(
                new ConsoleLoginController(useCases.logInAgent(), useCases.logOut(), sessions, pages, displayTime,
                        lockDuration),
                new CustomerLookupController(useCases.searchCustomers(), useCases.findCustomersByWalletAccount(),
                        useCases.findOrderByNumber(), customerPage, pages),
                new WalletSupportController(useCases.forceUnbindWallet(), useCases.viewCustomerDetails(),
                        customerPage, pages),
                new AccountSupportController(useCases.clearLoginLock(), useCases.freezeAccount(),
                        useCases.liftRiskHold(), customerPage),
                new DeviceSupportController(useCases.revokeCustomerDevice(), customerPage),
                new OrderFileController(useCases.viewOrderForAgent(), pages, config.unpaidOrderTimeout(),
                        useCases.viewOrderRefunds()),
                new RiskAlertController(useCases.listRiskAlerts(), useCases.viewRiskAlert(),
                        useCases.resolveRiskAlert(), pages),
                new CampaignController(useCases.createCampaign(), useCases.changeCampaign(), useCases.pauseCampaign(),
                        useCases.resumeCampaign(), useCases.endCampaign(), useCases.listCampaigns(),
                        useCases.viewCampaign(), pages, config.timeZone(), clock),
                useCases.countOpenRiskAlerts(),
                new AgentManagementController(useCases.manageAgents(), useCases.changeOwnPassword(), pages,
                        displayTime),
                new AuditLogController(useCases.searchAuditLog(), useCases.manageAgents(), pages, displayTime),
                useCases.viewSignedInAgent(), pages,
                new HelpController(pages),
                new CaseNoteController(useCases.addCaseNote(), customerPage),
                new DashboardController(useCases.viewDashboard(), pages),
                new RefundController(useCases.viewOrderForAgent(), useCases.viewOrderRefunds(),
                        useCases.previewRefund(), useCases.refundOrder(), useCases.decideRefund(),
                        useCases.handleAfterSales(), useCases.listRefundQueues(), pages, clock),
                new CompensationController(useCases.grantCompensation(), useCases.decideCompensation(),
                        useCases.viewCompensations(), pages, clock),
                new CustomerTimelineController(useCases.viewCustomerTimeline(), pages));
    }
}
