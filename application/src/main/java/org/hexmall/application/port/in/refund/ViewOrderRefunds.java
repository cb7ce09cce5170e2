package org.hexmall.application.port.in.refund;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hexmall.domain.checkout.OrderId;

/** The refund cases of orders, oldest first, for the order pages and My orders. */
public interface ViewOrderRefunds {

    List<RefundCaseView> ofOrder(OrderId order);

    /** The cases of these orders, in one read; orders without any are absent. */
    Map<OrderId, List<RefundCaseView>> ofOrders(Collection<OrderId> orders);

    /**
     * Items of each line of a paid order that a new refund may still take, following the order's lines; empty when
     * the order was not paid.
     */
    java.util.Optional<List<Integer>> refundableItems(OrderId order);
}
