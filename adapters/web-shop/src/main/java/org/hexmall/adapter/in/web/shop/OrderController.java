package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.payment.ListPurchases;
import org.hexmall.application.port.in.payment.PurchaseRecords;
import org.hexmall.application.port.in.payment.PurchaseStatus;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.in.refund.AskForRefund;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundChoice;
import org.hexmall.application.port.in.refund.ViewOrderRefunds;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.refund.RefundCategory;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The logged-in customer's orders (订单): "My orders", filtered and grouped by month, and each order's page
 * with its lines, total, status and payment attempts. Another customer's order is "not found".
 */
public final class OrderController {

    /** The statuses in the order a purchase goes through them, as the filter offers them. */
    private static final List<PurchaseStatus> STATUSES = List.of(PurchaseStatus.AWAITING_PAYMENT, PurchaseStatus.PAID,
            PurchaseStatus.PARTLY_REFUNDED, PurchaseStatus.REFUNDED, PurchaseStatus.CLOSED);

    private final ViewOrderPayments viewOrderPayments;
    private final ListPurchases listPurchases;
    private final PageRenderer pages;
    private final Duration unpaidTimeout;
    private final ViewOrderRefunds viewRefunds;
    private final AskForRefund askForRefund;

    /** @param unpaidTimeout how long an order waits for payment before it closes, to tell the customer when */
    public OrderController(ViewOrderPayments viewOrderPayments, ListPurchases listPurchases, PageRenderer pages,
                           Duration unpaidTimeout) {
        this(viewOrderPayments, listPurchases, pages, unpaidTimeout, null, null);
    }

    /**
     * @param viewRefunds  each order's refunds, on its page and in My orders
     * @param askForRefund the customer's after-sales request (售后) from the order page
     */
    public OrderController(ViewOrderPayments viewOrderPayments, ListPurchases listPurchases, PageRenderer pages,
                           Duration unpaidTimeout, ViewOrderRefunds viewRefunds, AskForRefund askForRefund) {
        this.viewOrderPayments = viewOrderPayments;
        this.listPurchases = listPurchases;
        this.pages = pages;
        this.unpaidTimeout = unpaidTimeout;
        this.viewRefunds = viewRefunds;
        this.askForRefund = askForRefund;
    }

    public void register(RoutesConfig routes) {
        routes.get("/orders", this::myOrders);
        routes.get("/orders/{id}", this::order);
        if (askForRefund != null) {
            routes.post("/orders/{id}/after-sales", this::askForRefund);
        }
    }

    private void order(Context ctx) {
        renderOrder(ctx, 200, Map.of());
    }

    /** The customer's after-sales request: every field checked at once; then back to the order page (PRG). */
    private void askForRefund(Context ctx) {
        Optional<OrderId> orderId = OrderId.parse(ctx.pathParam("id"));
        if (orderId.isEmpty()) {
            ctx.status(404);
            return;
        }
        List<String> typed = new java.util.ArrayList<>();
        for (int i = 0; i < RefundChoice.MAX_QUANTITY; i++) {
            String value = ctx.formParam("quantity-" + i);
            if (value == null) {
                break;
            }
            typed.add(value);
        }
        Map<String, Object> form = new HashMap<>();
        form.put("askCategory", ctx.formParam("category") == null ? "" : ctx.formParam("category"));
        form.put("askNote", ctx.formParam("note") == null ? "" : ctx.formParam("note"));
        form.put("askQuantities", typed);
        RefundChoice choice;
        try {
            choice = RefundChoice.fromForm(typed, ctx.formParam("category"), ctx.formParam("note"));
        } catch (InvalidCommandException invalid) {
            form.put("errors", FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
            renderOrder(ctx, 422, form);
            return;
        }
        RefundCaseOutcome outcome = askForRefund.ask(CustomerAccess.customerOf(ctx), orderId.get(), choice);
        switch (outcome) {
            case RefundCaseOutcome.Done done -> ctx.redirect("/orders/" + orderId.get() + "?asked");
            case RefundCaseOutcome.Refused refused -> {
                if (refused.code().equals("refund.not-found")) {
                    ctx.status(404);
                    return;
                }
                form.put("askProblem", pages.message(ctx, "error." + refused.code(), refused.arguments().toArray()));
                renderOrder(ctx, 409, form);
            }
            case RefundCaseOutcome.NotAllowed notAllowed -> ctx.status(403);
        }
    }

    private void renderOrder(Context ctx, int status, Map<String, Object> form) {
        CustomerId customer = CustomerAccess.customerOf(ctx);
        // Viewing the order closes it if its time to pay ran out.
        Optional<ViewOrderPayments.OrderPayments> found = OrderId.parse(ctx.pathParam("id"))
                .flatMap(id -> viewOrderPayments.view(customer, id));
        if (found.isEmpty()) {
            ctx.status(404);
            return;
        }
        Order order = found.get().order();
        Map<String, Object> model = new HashMap<>();
        model.put("order", order);
        // The order knows when it closes; the page only shows it. Null once it is paid or closed.
        model.put("closesAt", order.closesAt(unpaidTimeout).orElse(null));
        // Closed: the page says when, not after how long, as the setting may have changed since it was placed.
        model.put("closedAt", order.closedAt().orElse(null));
        model.put("payments", found.get().payments());
        model.put("beingConfirmed", found.get().beingConfirmed().orElse(null));
        model.put("canPayNow", found.get().canPayNow());
        model.put("alreadyPaid", ctx.queryParam("already-paid") != null && order.status() == OrderStatus.PAID);
        model.put("chargedAndRefunded", ctx.queryParam("charged-and-refunded") != null);
        model.put("price", found.get().price()
                .map(price -> PriceView.of(price, pages.messages(), pages.locale(ctx))).orElse(null));
        model.put("pointsEarned", found.get().pointsEarned());
        model.put("refunds", viewRefunds == null ? List.of() : viewRefunds.ofOrder(order.id()));
        List<Integer> left = viewRefunds == null || askForRefund == null ? null
                : viewRefunds.refundableItems(order.id()).filter(items -> items.stream().anyMatch(n -> n > 0))
                        .orElse(null);
        model.put("refundLeft", left);
        model.put("refundCategories", List.of(RefundCategory.NOT_RECEIVED, RefundCategory.DAMAGED,
                RefundCategory.WRONG_ITEM, RefundCategory.DUPLICATE_PAYMENT, RefundCategory.CHANGED_MIND));
        model.put("asked", ctx.queryParam("asked") != null);
        model.put("errors", Map.of());
        model.put("askCategory", "");
        model.put("askNote", "");
        model.put("askQuantities", List.of());
        model.putAll(form);
        pages.render(ctx, status, "shop/order", model);
    }

    /** "My orders" (我的订单): a filter that is not understood is said so beside its field, and all orders are listed. */
    private void myOrders(Context ctx) {
        PurchaseFilterForm form = PurchaseFilterForm.read(ctx::queryParam);
        PurchaseRecords records = listPurchases.list(CustomerAccess.customerOf(ctx), form.filter());
        DateTimeFormatter monthHeading = DateTimeFormatter.ofPattern(pages.message(ctx, "orders.month-pattern"),
                pages.locale(ctx));
        List<MonthOfOrders> months = records.months().stream()
                .map(month -> new MonthOfOrders(monthHeading.format(month.month()), "month-" + month.month(),
                        month.purchases()))
                .toList();
        Map<String, String> errors = new LinkedHashMap<>();
        form.errors().forEach((field, key) -> errors.put(field, pages.message(ctx, key)));
        Map<String, Object> model = new HashMap<>();
        model.put("filterForm", form);
        model.put("errors", errors);
        model.put("months", months);
        model.put("wallets", WalletProvider.supportedProviders());
        model.put("statuses", STATUSES);
        model.put("categories", Arrays.asList(Category.values()));
        model.put("refundsByOrder", viewRefunds == null ? Map.of() : viewRefunds.ofOrders(months.stream()
                .flatMap(month -> month.purchases().stream()).map(purchase -> purchase.order().id()).toList()));
        pages.render(ctx, "shop/orders", model);
    }

    /**
     * One month of "My orders".
     *
     * @param heading "November 2026", "2026年11月"
     * @param anchor  the id of the month's heading, which names its table
     */
    public record MonthOfOrders(String heading, String anchor, List<PurchaseRecords.Purchase> purchases) {
        public MonthOfOrders {
            purchases = List.copyOf(purchases);
        }
    }
}
