package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;

/** Mounts the storefront: its gate for customer-only pages, then each controller's routes. */
public final class StorefrontRoutes {

    private final CatalogController catalog;
    private final ProductImages productImages;
    private final CartController cart;
    private final OrderController orders;
    private final PaymentController payments;
    private final RegistrationController registration;
    private final LoginController login;
    private final NewDeviceLoginController newDeviceLogin;
    private final DevicesController devices;
    private final PasswordResetController passwordReset;
    private final AccountController account;
    private final FreezeAccountController freezeAccount;
    private final ActivityController activity;
    private final PaymentMethodsController paymentMethods;
    private final BindWalletController bindWallet;
    private final WalletReturnController walletReturn;
    private final WalletNotificationController walletNotifications;
    private final AccountSecurityRoutes accountSecurity;
    private final PromotionsController promotions;
    private final MyCouponsController myCoupons;
    private final MyPointsController myPoints;
    private final CustomerServiceController customerService;

    public StorefrontRoutes(CatalogController catalog, ProductImages productImages, CartController cart,
                            OrderController orders, PaymentController payments,
                            RegistrationController registration, LoginController login,
                            NewDeviceLoginController newDeviceLogin, DevicesController devices,
                            PasswordResetController passwordReset, AccountController account,
                            FreezeAccountController freezeAccount, ActivityController activity,
                            PaymentMethodsController paymentMethods,
                            BindWalletController bindWallet, WalletReturnController walletReturn,
                            WalletNotificationController walletNotifications,
                            AccountSecurityRoutes accountSecurity, PromotionsController promotions,
                            MyCouponsController myCoupons, MyPointsController myPoints,
                            CustomerServiceController customerService) {
        this.catalog = catalog;
        this.productImages = productImages;
        this.cart = cart;
        this.orders = orders;
        this.payments = payments;
        this.registration = registration;
        this.login = login;
        this.newDeviceLogin = newDeviceLogin;
        this.devices = devices;
        this.passwordReset = passwordReset;
        this.account = account;
        this.freezeAccount = freezeAccount;
        this.activity = activity;
        this.paymentMethods = paymentMethods;
        this.bindWallet = bindWallet;
        this.walletReturn = walletReturn;
        this.walletNotifications = walletNotifications;
        this.accountSecurity = accountSecurity;
        this.promotions = promotions;
        this.myCoupons = myCoupons;
        this.myPoints = myPoints;
        this.customerService = customerService;
    }

    public void register(RoutesConfig routes) {
        for (String prefix : CustomerAccess.PROTECTED_PREFIXES) {
            routes.before(prefix, CustomerAccess::requireCustomer);
            routes.before(prefix + "/*", CustomerAccess::requireCustomer);
        }
        catalog.register(routes);
        productImages.register(routes);
        cart.register(routes);
        orders.register(routes);
        payments.register(routes);
        registration.register(routes);
        login.register(routes);
        newDeviceLogin.register(routes);
        devices.register(routes);
        passwordReset.register(routes);
        account.register(routes);
        freezeAccount.register(routes);
        activity.register(routes);
        paymentMethods.register(routes);
        bindWallet.register(routes);
        walletReturn.register(routes);
        walletNotifications.register(routes);
        accountSecurity.register(routes);
        promotions.register(routes);
        myCoupons.register(routes);
        myPoints.register(routes);
        customerService.register(routes);
    }
}
