package org.hexmall.application.port.in.refund;

import java.util.List;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.refund.ApprovalReason;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.shared.Money;

/**
 * The arithmetic of a refund before the agent confirms it, and whether it will need a supervisor's approval (and
 * why).
 *
 * @param paid           what the payment charged
 * @param refundable     what is left of it to refund
 * @param earlierRefunds what the payment's earlier refunds, given back, on their way or waiting for a supervisor,
 *                       come to: the approval thresholds count this refund together with them
 */
public record RefundPreview(OrderId orderId, OrderNumber orderNumber, CustomerId customerId, Money paid,
                            Money refundable, Money earlierRefunds, List<Integer> quantities, RefundQuote quote,
                            List<ApprovalReason> approvalReasons) {

    public RefundPreview {
        quantities = List.copyOf(quantities);
        approvalReasons = List.copyOf(approvalReasons);
    }

    public boolean needsApproval() {
        return !approvalReasons.isEmpty();
    }
}
