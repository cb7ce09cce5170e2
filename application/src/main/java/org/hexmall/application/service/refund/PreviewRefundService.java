package org.hexmall.application.service.refund;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.refund.PreviewRefund;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundPreview;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.refund.shared.RefundDesk;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.refund.ApprovalReason;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.support.AgentId;

/** Prices a refund without making it: the arithmetic the agent reads before confirming. Reads only. */
public final class PreviewRefundService implements PreviewRefund {

    private final Orders orders;
    private final TransactionRunner transactions;
    private final RefundDesk desk;

    public PreviewRefundService(Orders orders, TransactionRunner transactions, RefundDesk desk) {
        this.orders = orders;
        this.transactions = transactions;
        this.desk = desk;
    }

    @Override
    public PreviewOutcome preview(AgentId agent, OrderId orderId, List<Integer> quantities) {
        if (desk.allowed(agent, ConsoleAction.VIEW_CUSTOMERS).isEmpty()) {
            return new NoPreview(new RefundCaseOutcome.NotAllowed());
        }
        Instant now = desk.clock().instant();
        try {
            return transactions.withoutTransaction(() -> {
                Optional<Order> order = orders.findById(orderId);
                if (order.isEmpty()) {
                    return new NoPreview(new RefundCaseOutcome.Refused("refund.not-found"));
                }
                if (quantities.size() != order.get().lines().size()) {
                    return new NoPreview(new RefundCaseOutcome.Refused("refund.nothing-chosen"));
                }
                RefundRuns.PaidOrder paid = desk.runs().paidOrder(order.get());
                RefundQuote quote = desk.runs().quote(paid, quantities, now);
                List<ApprovalReason> reasons = desk.approvalReasons(paid, quote, now);
                return new Previewed(new RefundPreview(orderId, order.get().number(), order.get().customerId(),
                        paid.payment().amount(), paid.payment().refundable(), RefundDesk.earlierRefunds(paid),
                        quantities, quote, reasons));
            });
        } catch (DomainException refused) {
            return new NoPreview(new RefundCaseOutcome.Refused(refused.code(), refused.arguments()));
        }
    }
}
