package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.domain.checkout.OrderLine;

/** One row of {@code order_lines}: a line of the order it names. */
record OrderLineRow(String orderId, OrderLine line) {
}
