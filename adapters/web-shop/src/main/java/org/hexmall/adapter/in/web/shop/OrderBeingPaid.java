package org.hexmall.adapter.in.web.shop;

import io.javalin.http.Context;
import java.util.Optional;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
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

    /**
     * The order, if it is one of the customer's: only then does a page lead back to paying it. An id that names no
     * order of theirs is dropped, and the binding goes on as one started from Payment methods.
     */
    static Optional<OrderId> ofCustomer(Optional<OrderId> order, Context ctx, ViewOrderPayments orders) {
        return order.filter(id -> orders.view(CustomerAccess.customerOf(ctx), id).isPresent());
    }

    /** The order's payment page, where the binding's last page leads. */
    static String paymentPage(OrderId order) {
        return PaymentController.payPath(order);
    }
}
