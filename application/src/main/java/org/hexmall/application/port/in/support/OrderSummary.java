package org.hexmall.application.port.in.support;

import java.time.Instant;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.shared.Money;

/** One order as the console lists it. */
public record OrderSummary(OrderId id, String number, CustomerId customerId, OrderStatus status, Money total,
                           int itemCount, Instant placedAt) {

    public static OrderSummary of(Order order) {
        return new OrderSummary(order.id(), order.number().grouped(), order.customerId(), order.status(),
                order.total(), order.lines().stream().mapToInt(line -> line.quantity()).sum(), order.placedAt());
    }
}
