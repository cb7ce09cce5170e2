package org.hexmall.application.port.in.checkout;

import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;

/** How settling ended. */
public sealed interface Settlement {

    record Settled(OrderId orderId, OrderNumber orderNumber) implements Settlement {
    }

    /** There was nothing in the cart (or nothing still on sale). */
    record EmptyCart() implements Settlement {
    }

    /** The idempotency key was used before for another request. */
    record KeyReused() implements Settlement {
    }
}
