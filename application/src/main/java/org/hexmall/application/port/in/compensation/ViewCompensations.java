package org.hexmall.application.port.in.compensation;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.Compensation;

/** The console's compensation pages: a customer's form and history, and the supervisors' queue of requests. */
public interface ViewCompensations {

    int PAGE_SIZE = 20;

    /** Coupons per page of the customer's coupons. */
    int COUPONS_PAGE_SIZE = 10;

    /**
     * Empty when there is no such customer; throws {@link CompensationNotAllowedException} if the agent may not
     * compensate.
     */
    Optional<CompensationForm> form(AgentId agentId, CustomerId customerId, CompensationPages pages);

    /**
     * One page of the requests waiting for a supervisor, the oldest first; throws
     * {@link CompensationNotAllowedException} if the agent may not decide them.
     */
    Page<Compensation> queue(AgentId agentId, int page);
}
