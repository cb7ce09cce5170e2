package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;

/** Mounts the storefront: its gate for customer-only pages, then each controller's routes. */
public final class StorefrontRoutes {

    private final HomeController home;
    private final RegistrationController registration;
    private final LoginController login;
    private final AccountController account;

    public StorefrontRoutes(HomeController home, RegistrationController registration, LoginController login,
                            AccountController account) {
        this.home = home;
        this.registration = registration;
        this.login = login;
        this.account = account;
    }

    public void register(RoutesConfig routes) {
        routes.before(CustomerAccess.PROTECTED_PREFIX, CustomerAccess::requireCustomer);
        routes.before(CustomerAccess.PROTECTED_PREFIX + "/*", CustomerAccess::requireCustomer);
        home.register(routes);
        registration.register(routes);
        login.register(routes);
        account.register(routes);
    }
}
