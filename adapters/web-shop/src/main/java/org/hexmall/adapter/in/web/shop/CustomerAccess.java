package org.hexmall.adapter.in.web.shop;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.Principal;

/** Which customer a storefront request acts for, and the gate in front of the customer-only pages. */
final class CustomerAccess {

    static final String PROTECTED_PREFIX = "/account";

    private CustomerAccess() {
    }

    /** The before-handler: a visitor who is not logged in is sent to log in, and brought back afterwards. */
    static void requireCustomer(Context ctx) {
        boolean isProtected = ctx.path().equals(PROTECTED_PREFIX) || ctx.path().startsWith(PROTECTED_PREFIX + "/");
        if (isProtected && !(WebSessions.current(ctx).principal() instanceof Principal.Customer)) {
            ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
            ctx.skipRemainingHandlers();
        }
    }

    /** The logged-in customer; only call it behind {@link #requireCustomer}. */
    static CustomerId customerOf(Context ctx) {
        return ((Principal.Customer) WebSessions.current(ctx).principal()).customerId();
    }
}
