package org.hexmall.application.port.in.promotion;

import java.util.Objects;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;

/** The order a coupon or a points entry belongs to, as the customer finds it under "My orders". */
public record OrderReference(OrderId orderId, OrderNumber orderNumber) {

    public OrderReference {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(orderNumber, "orderNumber");
    }
}
