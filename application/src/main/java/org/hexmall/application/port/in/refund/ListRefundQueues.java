package org.hexmall.application.port.in.refund;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.support.AgentId;

/** The console's queues: refunds waiting for a supervisor, and customers' after-sales requests, oldest first. */
public interface ListRefundQueues {

    /** The most cases a queue page lists. */
    int QUEUE_SIZE = 200;

    /** Refunds awaiting approval; empty if the agent's role may not approve. */
    Optional<List<RefundCaseView>> awaitingApproval(AgentId agent);

    /** Customers' requests no agent has taken or declined yet; empty if the role may not handle them. */
    Optional<List<RefundCaseView>> afterSalesRequests(AgentId agent);

    /**
     * Refunds the wallet provider refused outright, whose customers customer service contacts; empty if the role
     * may not handle after-sales requests.
     */
    Optional<List<RefundCaseView>> failedRefunds(AgentId agent);
}
