package org.hexmall.adapter.in.web.shop;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.SafeRedirects;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.Principal;

/** Which customer a storefront request acts for, and the gate in front of the customer-only pages. */
final class CustomerAccess {

    /** My account, the cart, orders and payments belong to a customer; the catalog is open to every visitor. */
    static final List<String> PROTECTED_PREFIXES = List.of("/account", "/cart", "/orders", "/payments");

    private CustomerAccess() {
    }

    /** The before-handler: a visitor who is not logged in is sent to log in, and brought back afterwards. */
    static void requireCustomer(Context ctx) {
        boolean isProtected = PROTECTED_PREFIXES.stream()
                .anyMatch(prefix -> ctx.path().equals(prefix) || ctx.path().startsWith(prefix + "/"));
        if (isProtected && !(WebSessions.current(ctx).principal() instanceof Principal.Customer)) {
            // Only a page can be returned to after logging in; a form post cannot be replayed. A page comes
            // back with its query, so a customer whose session ended in the wallet app still gets the result.
            String comeBackTo = ctx.method() == HandlerType.GET ? pathAndQuery(ctx)
                    : ctx.path().startsWith("/cart") ? "/cart"
                    : isPaymentForm(ctx.path()) ? ctx.path()
                    : ctx.path().equals(PromotionsController.CLAIM) ? PromotionsController.backTo(ctx) : "/account";
            // A page whose address is too long to carry on in the login form's is not come back to.
            String next = SafeRedirects.localPathOr(comeBackTo, "/account");
            ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                    + (WebSessions.sessionEndedOn(ctx) ? "&ended" : ""));
            ctx.skipRemainingHandlers();
        }
    }

    private static String pathAndQuery(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }

    /** The payment form of an order posts to the address of its page. */
    private static boolean isPaymentForm(String path) {
        return path.startsWith("/orders/") && path.endsWith("/pay");
    }

    /** The logged-in customer; only call it behind {@link #requireCustomer}. */
    static CustomerId customerOf(Context ctx) {
        return ((Principal.Customer) WebSessions.current(ctx).principal()).customerId();
    }

    /** The device the logged-in customer's session was opened on, whose trust the risk rules weigh. */
    static Optional<DeviceId> deviceOf(Context ctx) {
        return Optional.ofNullable(WebSessions.current(ctx).device());
    }
}
