package org.hexmall.application.service.refund;

import java.util.Optional;
import org.hexmall.application.port.in.refund.DecideRefund;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.service.refund.shared.RefundDesk;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;

/**
 * A supervisor's decision on a refund awaiting approval, taken under the order's lock and the case's: of two
 * decisions at once the second finds the case decided and is refused. The agent who asked for the refund is
 * refused whatever their role. An approved refund is priced again as things stand and goes to the wallet.
 */
public final class DecideRefundService implements DecideRefund {

    private final RefundCases cases;
    private final RefundDesk desk;

    public DecideRefundService(RefundCases cases, RefundDesk desk) {
        this.cases = cases;
        this.desk = desk;
    }

    @Override
    public RefundCaseOutcome approve(AgentId supervisorId, RefundCaseId id) {
        Optional<Agent> supervisor = desk.allowed(supervisorId, ConsoleAction.APPROVE_REFUND);
        if (supervisor.isEmpty()) {
            return new RefundCaseOutcome.NotAllowed();
        }
        return desk.change(id, (order, locked, now) -> {
            locked.checkDecidableBy(RefundDesk.ref(supervisor.get()));
            RefundQuote quote = desk.runs().requote(desk.runs().paidOrder(order), locked, now);
            locked.approve(RefundDesk.ref(supervisor.get()), quote, now);
            cases.update(locked);
            desk.audit(supervisor.get(), locked, AgentAction.APPROVE_REFUND, RefundDesk.describe(locked), now);
            return new RefundCaseOutcome.Done(RefundCaseView.of(locked));
        });
    }

    @Override
    public RefundCaseOutcome reject(AgentId supervisorId, RefundCaseId id, String reason) {
        Optional<Agent> supervisor = desk.allowed(supervisorId, ConsoleAction.APPROVE_REFUND);
        if (supervisor.isEmpty()) {
            return new RefundCaseOutcome.NotAllowed();
        }
        return desk.change(id, (order, locked, now) -> {
            locked.reject(RefundDesk.ref(supervisor.get()), reason, now);
            cases.update(locked);
            desk.audit(supervisor.get(), locked, AgentAction.REJECT_REFUND, locked.decision().orElseThrow(), now);
            return new RefundCaseOutcome.Done(RefundCaseView.of(locked));
        });
    }
}
