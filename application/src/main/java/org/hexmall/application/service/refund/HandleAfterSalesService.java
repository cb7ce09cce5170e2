package org.hexmall.application.service.refund;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.refund.HandleAfterSales;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.service.refund.shared.RefundDesk;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.domain.refund.ApprovalReason;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;

/**
 * An agent's answer to a customer's after-sales request, under the order's lock and the case's. Taking it makes it
 * the agent's refund, priced as things stand, under the same approval rule and role checks as a refund the agent
 * starts; declining it needs an explanation, which the customer reads.
 */
public final class HandleAfterSalesService implements HandleAfterSales {

    private final RefundCases cases;
    private final RefundDesk desk;

    public HandleAfterSalesService(RefundCases cases, RefundDesk desk) {
        this.cases = cases;
        this.desk = desk;
    }

    @Override
    public RefundCaseOutcome take(AgentId agentId, RefundCaseId id) {
        Optional<Agent> agent = desk.allowed(agentId, ConsoleAction.HANDLE_AFTER_SALES);
        if (agent.isEmpty()) {
            return new RefundCaseOutcome.NotAllowed();
        }
        return desk.change(id, (order, locked, now) -> {
            locked.checkWaitingForAnAgent();
            RefundRuns.PaidOrder paid = desk.runs().paidOrder(order);
            RefundQuote quote = desk.runs().requote(paid, locked, now);
            List<ApprovalReason> reasons = desk.approvalReasons(paid, quote, now);
            if (!ConsolePermissions.allows(agent.get().role(), RefundDesk.actionFor(reasons))) {
                return new RefundCaseOutcome.NotAllowed();
            }
            locked.take(RefundDesk.ref(agent.get()), quote, !reasons.isEmpty(), now);
            cases.update(locked);
            desk.audit(agent.get(), locked, AgentAction.TAKE_AFTER_SALES, RefundDesk.describe(locked), now);
            return new RefundCaseOutcome.Done(RefundCaseView.of(locked));
        });
    }

    @Override
    public RefundCaseOutcome decline(AgentId agentId, RefundCaseId id, String explanation) {
        Optional<Agent> agent = desk.allowed(agentId, ConsoleAction.HANDLE_AFTER_SALES);
        if (agent.isEmpty()) {
            return new RefundCaseOutcome.NotAllowed();
        }
        return desk.change(id, (order, locked, now) -> {
            locked.decline(RefundDesk.ref(agent.get()), explanation, now);
            cases.update(locked);
            desk.audit(agent.get(), locked, AgentAction.DECLINE_AFTER_SALES, locked.decision().orElseThrow(), now);
            return new RefundCaseOutcome.Done(RefundCaseView.of(locked));
        });
    }
}
