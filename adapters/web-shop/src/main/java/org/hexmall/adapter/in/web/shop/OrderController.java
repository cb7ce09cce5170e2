package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.checkout.ViewOrder;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;

/** An order (订单) of the logged-in customer: its lines, total and status. Another customer's is "not found". */
public final class OrderController {

    private final ViewOrder viewOrder;
    private final PageRenderer pages;
    private final Duration unpaidTimeout;

    /** @param unpaidTimeout how long an order waits for payment before it closes, to tell the customer when */
    public OrderController(ViewOrder viewOrder, PageRenderer pages, Duration unpaidTimeout) {
        this.viewOrder = viewOrder;
        this.pages = pages;
        this.unpaidTimeout = unpaidTimeout;
    }

    public void register(RoutesConfig routes) {
        routes.get("/orders/{id}", this::order);
    }

    private void order(Context ctx) {
        Optional<Order> order = OrderId.parse(ctx.pathParam("id"))
                .flatMap(id -> viewOrder.view(CustomerAccess.customerOf(ctx), id));
        if (order.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("order", order.get());
        // The order knows when it closes; the page only shows it. Null once it is paid or closed.
        model.put("closesAt", order.get().closesAt(unpaidTimeout).orElse(null));
        pages.render(ctx, "shop/order", model);
    }
}
