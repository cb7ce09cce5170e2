package org.hexmall.application.port.in.compensation;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.Compensation;

/** The console's compensation pages: a customer's form and history, and the supervisors' queue of requests. */
public interface ViewCompensations {

    int PAGE_SIZE = 20;

    /** Empty when there is no such customer; throws {@link SecurityException} if the agent may not compensate. */
    Optional<CompensationForm> form(AgentId agentId, CustomerId customerId, int page);

    /**
     * One page of the requests waiting for a supervisor, the oldest first; throws {@link SecurityException} if the
     * agent may not decide them.
     */
    Page<Compensation> queue(AgentId agentId, int page);
}
