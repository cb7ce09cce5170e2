package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.checkout.SettleCart;
import org.hexmall.application.port.in.checkout.Settlement;
import org.hexmall.application.port.in.payment.ViewOrderPayments.OrderPayments;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;

/**
 * {@code POST /api/v1/orders} settles (结算) the cart into an order awaiting payment, and
 * {@code GET /api/v1/orders/{id}} shows an order with its lines, total, status, when it closes unpaid, and
 * its payments. Settling needs an {@code Idempotency-Key}: the application keeps each key with its first
 * result, so a client that sends the request again gets the same order, never a second one.
 */
final class OrdersResource {

    static final String PATH = ApiRoutes.V1 + "/orders";
    static final String ORDER = PATH + "/{id}";

    private final SettleCart settleCart;
    private final ViewOrderPayments viewOrderPayments;
    private final CustomerAuthentication authentication;
    private final Duration unpaidTimeout;

    OrdersResource(SettleCart settleCart, ViewOrderPayments viewOrderPayments, CustomerAuthentication authentication,
                   Duration unpaidTimeout) {
        this.settleCart = settleCart;
        this.viewOrderPayments = viewOrderPayments;
        this.authentication = authentication;
        this.unpaidTimeout = unpaidTimeout;
    }

    void register(ApiRouter router) {
        router.post(PATH, this::settle);
        router.get(ORDER, this::show);
    }

    private void settle(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        IdempotencyKey key = new IdempotencyKey(IdempotencyKeyHeader.require(ctx));
        switch (settleCart.settle(customer, Optional.of(key))) {
            case Settlement.Settled settled -> {
                ctx.header("Location", PATH + "/" + settled.orderId());
                ApiResponses.json(ctx, 201, new CreatedJson(settled.orderId().toString(),
                        settled.orderNumber().value()));
            }
            case Settlement.EmptyCart empty -> throw new ApiProblem(Problem.of(409, "cart-empty",
                    "Nothing to settle", "The cart is empty, or nothing in it is still on sale."));
            case Settlement.KeyReused reused -> throw new ApiProblem(Problems.idempotencyKeyReused());
        }
    }

    private void show(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        OrderPayments found = orderId(ctx).flatMap(id -> viewOrderPayments.view(customer, id))
                .orElseThrow(() -> new ApiProblem(orderNotFound()));
        ApiResponses.json(ctx, 200, OrderJson.of(found, unpaidTimeout));
    }

    /** The order id in the path; text that is no id is answered like an order that does not exist. */
    static Optional<OrderId> orderId(Context ctx) {
        return OrderId.parse(ctx.pathParam("id"));
    }

    /** Another customer's order is "not found" too, so that order ids cannot be probed. */
    static Problem orderNotFound() {
        return Problems.notFound("order-not-found", "None of your orders has this id.");
    }

    /** The order a settlement made; {@code Location} names it. */
    record CreatedJson(String id, String number) {
    }
}
