package org.hexmall.adapter.in.web.shop;

import io.javalin.http.Context;
import java.util.Optional;
import org.hexmall.domain.checkout.OrderId;

/**
 * The order a customer was paying when the payment page sent them to bind a wallet. It travels through the binding's
 * pages as an order id in the address, so that the end of the binding leads back to paying that order. Only an id
 * that parses travels, and only the payment page's path, built here from it, is ever followed: never an address
 * from outside.
 */
final class OrderBeingPaid {

    static final String PARAMETER = "order";

    private OrderBeingPaid() {
    }

    /** The order the request's address names, if it names one. */
    static Optional<OrderId> of(Context ctx) {
        return OrderId.parse(ctx.queryParam(PARAMETER));
    }

    /** The query that carries the order on, after {@code separator} ({@code ?} or {@code &}); empty for none. */
    static String query(Optional<OrderId> order, char separator) {
        return order.map(id -> separator + PARAMETER + "=" + id).orElse("");
    }

    /** The order's payment page, where the binding's last page leads. */
    static String paymentPage(OrderId order) {
        return PaymentController.payPath(order);
    }
}
