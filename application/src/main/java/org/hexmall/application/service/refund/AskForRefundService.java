package org.hexmall.application.service.refund;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.refund.AskForRefund;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.refund.RefundChoice;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.refund.shared.RefundDesk;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;

/**
 * The customer's after-sales request: under the order's lock, the items are checked against what other cases hold
 * and priced as a preview, after those items, as they will be refunded once those cases are decided; the request
 * waits for an agent. Another customer's order is answered as not found.
 */
public final class AskForRefundService implements AskForRefund {

    private final Orders orders;
    private final RefundCases cases;
    private final TransactionRunner transactions;
    private final RandomTokens tokens;
    private final RefundDesk desk;

    public AskForRefundService(Orders orders, RefundCases cases, TransactionRunner transactions, RandomTokens tokens,
                               RefundDesk desk) {
        this.orders = orders;
        this.cases = cases;
        this.transactions = transactions;
        this.tokens = tokens;
        this.desk = desk;
    }

    @Override
    public RefundCaseOutcome ask(CustomerId customer, OrderId orderId, RefundChoice choice) {
        return desk.run(() -> transactions.inTransaction(() -> {
            Instant now = desk.clock().instant();
            Optional<Order> order = orders.lockById(orderId).filter(found -> found.customerId().equals(customer));
            if (order.isEmpty()) {
                return new RefundCaseOutcome.Refused("refund.not-found");
            }
            if (choice.quantities().size() != order.get().lines().size()) {
                return new RefundCaseOutcome.Refused("refund.nothing-chosen");
            }
            RefundRuns.PaidOrder paid = desk.runs().paidOrder(order.get());
            RefundCase request = RefundCase.askedByCustomer(new RefundCaseId(tokens.uuid()), orderId,
                    order.get().number(), paid.payment().id(), customer, choice.category(), choice.note(),
                    desk.runs().quoteRequest(paid, choice.quantities(), now), now);
            cases.add(request);
            return new RefundCaseOutcome.Done(RefundCaseView.of(request));
        }));
    }
}
