package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.checkout.CountCartItems;
import org.hexmall.domain.security.Principal;

/**
 * The number on the Cart link of the store's header: how many items the logged-in customer's cart holds. It is
 * counted when a page's header asks for it, once per page, so a redirect, a form post, an image or a visitor's page
 * costs the database nothing; a page that shows the header to a customer costs one statement.
 */
public final class CartBadge {

    private final CountCartItems countCartItems;
    private final Context ctx;
    private Integer items;

    private CartBadge(CountCartItems countCartItems, Context ctx) {
        this.countCartItems = countCartItems;
        this.ctx = ctx;
    }

    /** A badge for a page that has just read the cart itself, as the cart page has: no second count. */
    static CartBadge counted(int items) {
        CartBadge badge = new CartBadge(null, null);
        badge.items = items;
        return badge;
    }

    /** Gives every page a badge for its header to show, as the layout value {@code cartBadge}. */
    public static void register(RoutesConfig routes, CountCartItems countCartItems) {
        routes.before(ctx -> {
            if (ctx.method() == HandlerType.GET) {
                Map<String, Object> existing = ctx.attribute(PageRenderer.LAYOUT_VALUES);
                Map<String, Object> layout = existing == null ? new HashMap<>() : existing;
                layout.put("cartBadge", new CartBadge(countCartItems, ctx));
                ctx.attribute(PageRenderer.LAYOUT_VALUES, layout);
            }
        });
    }

    /**
     * The quantities in the cart added up, read on the first call; the header asks only when a customer is logged
     * in, so the session is read then, after the request's own handler (a log-in, say) has switched it.
     */
    public int items() {
        if (items == null) {
            items = WebSessions.current(ctx).principal() instanceof Principal.Customer customer
                    ? countCartItems.count(customer.customerId()) : 0;
        }
        return items;
    }
}
