package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.refund.DecideRefund;
import org.hexmall.application.port.in.refund.HandleAfterSales;
import org.hexmall.application.port.in.refund.ListRefundQueues;
import org.hexmall.application.port.in.refund.PreviewRefund;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.refund.RefundChoice;
import org.hexmall.application.port.in.refund.RefundOrder;
import org.hexmall.application.port.in.refund.ViewOrderRefunds;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ViewOrderForAgent;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCategory;

/**
 * Refunds in the console: the refund form of an order with its preview (the arithmetic, and whether a supervisor must
 * approve), the confirmation, the approvals queue and the after-sales queue. Every change is a POST answered with a
 * redirect; the use cases decide who may do what, the pages only hide the buttons that would be refused.
 */
public final class RefundController {

    private final ViewOrderForAgent viewOrder;
    private final ViewOrderRefunds viewRefunds;
    private final PreviewRefund previewRefund;
    private final RefundOrder refundOrder;
    private final DecideRefund decideRefund;
    private final HandleAfterSales handleAfterSales;
    private final ListRefundQueues queues;
    private final PageRenderer pages;
    private final Clock clock;

    public RefundController(ViewOrderForAgent viewOrder, ViewOrderRefunds viewRefunds, PreviewRefund previewRefund,
                            RefundOrder refundOrder, DecideRefund decideRefund, HandleAfterSales handleAfterSales,
                            ListRefundQueues queues, PageRenderer pages, Clock clock) {
        this.viewOrder = viewOrder;
        this.viewRefunds = viewRefunds;
        this.previewRefund = previewRefund;
        this.refundOrder = refundOrder;
        this.decideRefund = decideRefund;
        this.handleAfterSales = handleAfterSales;
        this.queues = queues;
        this.pages = pages;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/orders/{id}/refund", this::refundForm);
        routes.post("/admin/orders/{id}/refunds", this::refund);
        routes.get("/admin/approvals", this::approvals);
        routes.post("/admin/approvals/{case}/approve", this::approve);
        routes.post("/admin/approvals/{case}/reject", this::reject);
        routes.get("/admin/after-sales", this::afterSales);
        routes.post("/admin/after-sales/{case}/take", this::take);
        routes.post("/admin/after-sales/{case}/decline", this::decline);
    }

    /** The form; with {@code preview} in the query, the arithmetic of the items chosen and a confirm button. */
    private void refundForm(Context ctx) {
        Optional<Order> order = order(ctx);
        if (order.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, Object> model = formModel(order.get(), ctx.queryParam("category"), ctx.queryParam("note"),
                quantitiesTyped(ctx, order.get(), true));
        if (ctx.queryParam("preview") != null) {
            try {
                RefundChoice choice = RefundChoice.fromForm(quantitiesTyped(ctx, order.get(), true),
                        ctx.queryParam("category"), ctx.queryParam("note"));
                PreviewRefund.PreviewOutcome outcome = previewRefund.preview(AgentAccess.agentOf(ctx),
                        order.get().id(), choice.quantities());
                switch (outcome) {
                    case PreviewRefund.Previewed previewed -> model.put("preview", previewed.preview());
                    case PreviewRefund.NoPreview none -> model.put("problem", problem(ctx, none.why()));
                }
            } catch (InvalidCommandException invalid) {
                model.put("errors", FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
                pages.render(ctx, 422, "admin/refund", model);
                return;
            }
        }
        pages.render(ctx, "admin/refund", model);
    }

    private void refund(Context ctx) {
        Optional<Order> order = order(ctx);
        if (order.isEmpty()) {
            ctx.status(404);
            return;
        }
        List<String> typed = quantitiesTyped(ctx, order.get(), false);
        RefundChoice choice;
        try {
            choice = RefundChoice.fromForm(typed, ctx.formParam("category"), ctx.formParam("note"));
        } catch (InvalidCommandException invalid) {
            Map<String, Object> model = formModel(order.get(), ctx.formParam("category"), ctx.formParam("note"),
                    typed);
            model.put("errors", FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
            pages.render(ctx, 422, "admin/refund", model);
            return;
        }
        RefundCaseOutcome outcome = refundOrder.refund(AgentAccess.agentOf(ctx), order.get().id(), choice);
        if (outcome instanceof RefundCaseOutcome.Done done) {
            ctx.redirect("/admin/orders/" + order.get().id() + "?refund=" + notice(done.refundCase()));
            return;
        }
        Map<String, Object> model = formModel(order.get(), ctx.formParam("category"), ctx.formParam("note"), typed);
        model.put("problem", problem(ctx, outcome));
        pages.render(ctx, outcome instanceof RefundCaseOutcome.NotAllowed ? 403 : 409, "admin/refund", model);
    }

    private void approvals(Context ctx) {
        Optional<List<RefundCaseView>> queue = queues.awaitingApproval(AgentAccess.agentOf(ctx));
        Map<String, Object> model = queueModel(ctx, queue);
        pages.render(ctx, queue.isPresent() ? 200 : 403, "admin/approvals", model);
    }

    private void afterSales(Context ctx) {
        Optional<List<RefundCaseView>> queue = queues.afterSalesRequests(AgentAccess.agentOf(ctx));
        Map<String, Object> model = queueModel(ctx, queue);
        model.put("failed", queue.isPresent() ? queues.failedRefunds(AgentAccess.agentOf(ctx)).orElse(List.of())
                : List.of());
        // The link to the approvals queue shows only to the roles that may open it.
        model.put("mayApprove", AgentAccess.may(ctx, ConsoleAction.APPROVE_REFUND));
        pages.render(ctx, queue.isPresent() ? 200 : 403, "admin/after-sales", model);
    }

    private void approve(Context ctx) {
        decided(ctx, "/admin/approvals", caseId -> decideRefund.approve(AgentAccess.agentOf(ctx), caseId));
    }

    private void reject(Context ctx) {
        decided(ctx, "/admin/approvals",
                caseId -> decideRefund.reject(AgentAccess.agentOf(ctx), caseId, ctx.formParam("reason")));
    }

    private void take(Context ctx) {
        decided(ctx, "/admin/after-sales", caseId -> handleAfterSales.take(AgentAccess.agentOf(ctx), caseId));
    }

    private void decline(Context ctx) {
        decided(ctx, "/admin/after-sales", caseId -> handleAfterSales.decline(AgentAccess.agentOf(ctx), caseId,
                ctx.formParam("explanation")));
    }

    private void decided(Context ctx, String queue,
                         java.util.function.Function<RefundCaseId, RefundCaseOutcome> action) {
        Optional<RefundCaseId> id = RefundCaseId.parse(ctx.pathParam("case"));
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        RefundCaseOutcome outcome = action.apply(id.get());
        switch (outcome) {
            case RefundCaseOutcome.Done done -> ctx.redirect(queue + "?done=" + notice(done.refundCase()));
            case RefundCaseOutcome.NotAllowed notAllowed -> ctx.redirect(queue + "?refused=not-allowed");
            case RefundCaseOutcome.Refused refused -> ctx.redirect(queue + "?refused="
                    + refused.code().replace("refund.", ""));
        }
    }

    private Map<String, Object> queueModel(Context ctx, Optional<List<RefundCaseView>> queue) {
        Map<String, Object> model = new HashMap<>();
        model.put("cases", queue.orElse(List.of()));
        model.put("allowed", queue.isPresent());
        model.put("me", AgentAccess.agentOf(ctx));
        model.put("now", clock.instant());
        model.put("done", known(ctx.queryParam("done"), List.of("refunded", "refunding", "confirming", "awaiting", "rejected",
                "declined", "failed")));
        model.put("refused", known(ctx.queryParam("refused"), List.of("not-allowed", "own-request", "status",
                "not-found", "reason-required", "explanation-required", "quantity-exceeds", "text-too-long")));
        return model;
    }

    /** A value from the query only if it is one the page knows how to say; anything else is ignored. */
    private static String known(String typed, List<String> known) {
        return typed != null && known.contains(typed) ? typed : null;
    }

    /** The word the next page's notice is named by. */
    static String notice(RefundCaseView refundCase) {
        return switch (refundCase.status()) {
            case REFUNDED -> "refunded";
            case REFUNDING -> refundCase.awaitingConfirmationFrom().isPresent() ? "confirming" : "refunding";
            case AWAITING_APPROVAL -> "awaiting";
            case REJECTED -> "rejected";
            case DECLINED -> "declined";
            case REQUESTED -> "requested";
            case FAILED -> "failed";
        };
    }

    private String problem(Context ctx, RefundCaseOutcome outcome) {
        return switch (outcome) {
            case RefundCaseOutcome.NotAllowed notAllowed -> pages.message(ctx, "console.refund.not-allowed");
            case RefundCaseOutcome.Refused refused -> pages.message(ctx, "error." + refused.code(),
                    refused.arguments().toArray());
            case RefundCaseOutcome.Done done -> "";
        };
    }

    private Map<String, Object> formModel(Order order, String category, String note, List<String> quantities) {
        Map<String, Object> model = new HashMap<>();
        model.put("order", order);
        model.put("left", viewRefunds.refundableItems(order.id()).orElse(null));
        model.put("categories", RefundCategory.values());
        model.put("category", category == null ? "" : category);
        model.put("note", note == null ? "" : note);
        model.put("quantities", quantities);
        model.put("errors", Map.of());
        return model;
    }

    /** The quantities typed per line, as text, following the order's lines. */
    private static List<String> quantitiesTyped(Context ctx, Order order, boolean fromQuery) {
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            String value = fromQuery ? ctx.queryParam("quantity-" + i) : ctx.formParam("quantity-" + i);
            typed.add(value == null ? "" : value);
        }
        return typed;
    }

    private Optional<Order> order(Context ctx) {
        return OrderId.parse(ctx.pathParam("id")).flatMap(viewOrder::view).map(ViewOrderForAgent.OrderFile::order);
    }
}
