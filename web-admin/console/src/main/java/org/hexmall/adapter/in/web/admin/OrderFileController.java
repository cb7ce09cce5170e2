package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.ViewOrderForAgent.OrderFile;
import org.hexmall.application.port.in.refund.ViewOrderRefunds;
import org.hexmall.application.port.in.support.ViewOrderForAgent;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.shared.Money;

/**
 * An order's page in the console: its lines, and every payment attempt with its failure reason, refunds and
 * timeline, so that the agent can tell a caller exactly what happened. An unknown order is "not found".
 */
public final class OrderFileController {

    private final ViewOrderForAgent viewOrderForAgent;
    private final PageRenderer pages;
    private final Duration unpaidTimeout;
    private final ViewOrderRefunds viewRefunds;

    /** @param unpaidTimeout how long an order waits for payment before it closes, to tell the agent when */
    public OrderFileController(ViewOrderForAgent viewOrderForAgent, PageRenderer pages, Duration unpaidTimeout) {
        this(viewOrderForAgent, pages, unpaidTimeout, null);
    }

    /** @param viewRefunds the order's refund cases, listed on its page with a link to refund more items */
    public OrderFileController(ViewOrderForAgent viewOrderForAgent, PageRenderer pages, Duration unpaidTimeout,
                               ViewOrderRefunds viewRefunds) {
        this.viewOrderForAgent = viewOrderForAgent;
        this.pages = pages;
        this.unpaidTimeout = unpaidTimeout;
        this.viewRefunds = viewRefunds;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/orders/{id}", this::order);
    }

    /**
     * One payment attempt as the page shows it.
     *
     * @param number   its place among the order's payments, from 1 for the oldest
     * @param timeline what happened to it, in words
     */
    public record PaymentPanel(int number, PaymentView payment, List<PaymentTimeline.Step> timeline) {

        public PaymentPanel {
            timeline = List.copyOf(timeline);
        }

        /** What still has to go back to the wallet while a refund is owed. */
        public Money owed() {
            Money refunded = payment.refunded();
            return payment.amount().isGreaterThan(refunded) ? payment.amount().minus(refunded) : Money.ZERO;
        }
    }

    private void order(Context ctx) {
        Optional<OrderFile> file = OrderId.parse(ctx.pathParam("id")).flatMap(viewOrderForAgent::view);
        if (file.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("order", file.get().order());
        // Null once the order is paid or closed.
        model.put("closesAt", file.get().order().closesAt(unpaidTimeout).orElse(null));
        // Closed: the page says when, not after how long, as the setting may have changed since it was placed.
        model.put("closedAt", file.get().order().closedAt().orElse(null));
        model.put("payments", panels(file.get().payments()));
        model.put("customerName", file.get().customerName());
        model.put("refundCases", viewRefunds == null ? List.of() : viewRefunds.ofOrder(file.get().order().id()));
        model.put("refundable", viewRefunds != null
                && viewRefunds.refundableItems(file.get().order().id())
                        .map(left -> left.stream().anyMatch(items -> items > 0)).orElse(false));
        String refund = ctx.queryParam("refund");
        model.put("refundNotice", refund != null && List.of("refunded", "refunding", "confirming", "awaiting", "failed").contains(refund)
                ? refund : null);
        pages.render(ctx, "admin/order", model);
    }

    private static List<PaymentPanel> panels(List<PaymentView> payments) {
        List<PaymentView> oldestFirst = payments.stream().sorted(Comparator.comparing(PaymentView::createdAt)).toList();
        List<PaymentPanel> panels = new ArrayList<>();
        for (PaymentView payment : oldestFirst) {
            panels.add(new PaymentPanel(panels.size() + 1, payment,
                    PaymentTimeline.of(payment.timeline())));
        }
        return panels;
    }
}
