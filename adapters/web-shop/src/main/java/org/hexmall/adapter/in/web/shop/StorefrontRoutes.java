package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;

/** Mounts the storefront: its gate for customer-only pages, then each controller's routes. */
public final class StorefrontRoutes {

    private final HomeController home;
    private final RegistrationController registration;
    private final LoginController login;
    private final AccountController account;
    private final PaymentMethodsController paymentMethods;
    private final BindWalletController bindWallet;
    private final WalletReturnController walletReturn;
    private final WalletNotificationController walletNotifications;

    public StorefrontRoutes(HomeController home, RegistrationController registration, LoginController login,
                            AccountController account, PaymentMethodsController paymentMethods,
                            BindWalletController bindWallet, WalletReturnController walletReturn,
                            WalletNotificationController walletNotifications) {
        this.home = home;
        this.registration = registration;
        this.login = login;
        this.account = account;
        this.paymentMethods = paymentMethods;
        this.bindWallet = bindWallet;
        this.walletReturn = walletReturn;
        this.walletNotifications = walletNotifications;
    }

    public void register(RoutesConfig routes) {
        routes.before(CustomerAccess.PROTECTED_PREFIX, CustomerAccess::requireCustomer);
        routes.before(CustomerAccess.PROTECTED_PREFIX + "/*", CustomerAccess::requireCustomer);
        home.register(routes);
        registration.register(routes);
        login.register(routes);
        account.register(routes);
        paymentMethods.register(routes);
        bindWallet.register(routes);
        walletReturn.register(routes);
        walletNotifications.register(routes);
    }
}
