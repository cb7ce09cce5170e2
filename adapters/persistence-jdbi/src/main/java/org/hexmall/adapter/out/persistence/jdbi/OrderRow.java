package org.hexmall.adapter.out.persistence.jdbi;

import java.time.Instant;
import java.util.List;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderStatus;

/** One row of {@code orders}: an order without its lines, which live in another table. */
record OrderRow(OrderId id, OrderNumber number, CustomerId customerId, Instant placedAt, OrderStatus status,
                Instant statusChangedAt) {

    Order withLines(List<OrderLine> lines) {
        return Order.reconstitute(id, number, customerId, lines, placedAt, status, statusChangedAt);
    }
}
