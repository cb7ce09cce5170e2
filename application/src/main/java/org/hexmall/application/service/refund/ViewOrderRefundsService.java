package org.hexmall.application.service.refund;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.refund.ViewOrderRefunds;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.shared.DomainException;

/** Reads orders' refund cases; callers have checked whose order it is. */
public final class ViewOrderRefundsService implements ViewOrderRefunds {

    private final Orders orders;
    private final RefundCases cases;
    private final TransactionRunner transactions;
    private final RefundRuns runs;

    public ViewOrderRefundsService(Orders orders, RefundCases cases, TransactionRunner transactions,
                                   RefundRuns runs) {
        this.orders = orders;
        this.cases = cases;
        this.transactions = transactions;
        this.runs = runs;
    }

    @Override
    public List<RefundCaseView> ofOrder(OrderId order) {
        return transactions.withoutTransaction(() -> cases.ofOrder(order)).stream().map(RefundCaseView::of).toList();
    }

    @Override
    public Map<OrderId, List<RefundCaseView>> ofOrders(Collection<OrderId> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<OrderId, List<RefundCaseView>> byOrder = new LinkedHashMap<>();
        transactions.withoutTransaction(() -> cases.ofOrders(orderIds)).forEach(refundCase -> byOrder
                .computeIfAbsent(refundCase.orderId(), id -> new java.util.ArrayList<>())
                .add(RefundCaseView.of(refundCase)));
        return byOrder;
    }

    @Override
    public Optional<List<Integer>> refundableItems(OrderId order) {
        return transactions.withoutTransaction(() -> orders.findById(order).flatMap(found -> {
            try {
                return Optional.of(runs.paidOrder(found).left());
            } catch (DomainException notPaid) {
                return Optional.empty();
            }
        }));
    }
}
