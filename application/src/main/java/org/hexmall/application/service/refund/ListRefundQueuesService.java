package org.hexmall.application.service.refund;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.refund.ListRefundQueues;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.refund.shared.RefundDesk;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.support.AgentId;

/** The approvals queue, the after-sales queue and the failed refunds, each one read, for the agents whose role works them. */
public final class ListRefundQueuesService implements ListRefundQueues {

    private final RefundCases cases;
    private final TransactionRunner transactions;
    private final RefundDesk desk;

    public ListRefundQueuesService(RefundCases cases, TransactionRunner transactions, RefundDesk desk) {
        this.cases = cases;
        this.transactions = transactions;
        this.desk = desk;
    }

    @Override
    public Optional<List<RefundCaseView>> awaitingApproval(AgentId agent) {
        return queue(agent, ConsoleAction.APPROVE_REFUND, RefundCaseStatus.AWAITING_APPROVAL);
    }

    @Override
    public Optional<List<RefundCaseView>> afterSalesRequests(AgentId agent) {
        return queue(agent, ConsoleAction.HANDLE_AFTER_SALES, RefundCaseStatus.REQUESTED);
    }

    @Override
    public Optional<List<RefundCaseView>> failedRefunds(AgentId agent) {
        return queue(agent, ConsoleAction.HANDLE_AFTER_SALES, RefundCaseStatus.FAILED);
    }

    private Optional<List<RefundCaseView>> queue(AgentId agent, ConsoleAction action, RefundCaseStatus status) {
        if (desk.allowed(agent, action).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(transactions.withoutTransaction(() -> cases.withStatus(status, QUEUE_SIZE)).stream()
                .map(RefundCaseView::of).toList());
    }
}
