package org.hexmall.application.service.refund;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.refund.RefundChoice;
import org.hexmall.application.port.in.refund.RefundOrder;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.refund.shared.RefundDesk;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.refund.ApprovalReason;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;

/**
 * The agent's refund: under the order's lock, prices the items against what other cases hold, decides whether a
 * supervisor must approve it, checks the agent's role allows that kind of refund, and stores the case with its
 * audit entry; a refund that needs no approval then goes to the wallet at once.
 */
public final class RefundOrderService implements RefundOrder {

    private final Agents agents;
    private final Orders orders;
    private final RefundCases cases;
    private final TransactionRunner transactions;
    private final RandomTokens tokens;
    private final RefundDesk desk;

    public RefundOrderService(Agents agents, Orders orders, RefundCases cases, TransactionRunner transactions,
                              RandomTokens tokens, RefundDesk desk) {
        this.agents = agents;
        this.orders = orders;
        this.cases = cases;
        this.transactions = transactions;
        this.tokens = tokens;
        this.desk = desk;
    }

    @Override
    public RefundCaseOutcome refund(AgentId agentId, OrderId orderId, RefundChoice choice) {
        Optional<Agent> found = transactions.withoutTransaction(() -> agents.findById(agentId));
        if (found.isEmpty()) {
            return new RefundCaseOutcome.NotAllowed();
        }
        Agent agent = found.get();
        return desk.run(() -> transactions.inTransaction(() -> {
            Instant now = desk.clock().instant();
            Optional<Order> order = orders.lockById(orderId);
            if (order.isEmpty()) {
                return new RefundCaseOutcome.Refused("refund.not-found");
            }
            if (choice.quantities().size() != order.get().lines().size()) {
                return new RefundCaseOutcome.Refused("refund.nothing-chosen");
            }
            RefundRuns.PaidOrder paid = desk.runs().paidOrder(order.get());
            RefundQuote quote = desk.runs().quote(paid, choice.quantities(), now);
            List<ApprovalReason> reasons = desk.approvalReasons(paid, quote, now);
            if (!ConsolePermissions.allows(agent.role(), RefundDesk.actionFor(reasons))) {
                return new RefundCaseOutcome.NotAllowed();
            }
            RefundCase refund = RefundCase.askedByAgent(new RefundCaseId(tokens.uuid()), orderId,
                    order.get().number(), paid.payment().id(), order.get().customerId(), choice.category(),
                    choice.note(), quote, RefundDesk.ref(agent), !reasons.isEmpty(), now);
            cases.add(refund);
            desk.audit(agent, refund, reasons.isEmpty() ? AgentAction.REFUND_ORDER
                    : AgentAction.REQUEST_REFUND_APPROVAL, RefundDesk.describe(refund), now);
            return new RefundCaseOutcome.Done(RefundCaseView.of(refund));
        }));
    }
}
