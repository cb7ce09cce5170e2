package org.hexmall.domain.security;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;

/** Who a session acts for: nobody yet, a customer, or a customer-service agent. */
public sealed interface Principal {

    /** A visitor who has not logged in. */
    record Anonymous() implements Principal {
    }

    /** A logged-in customer of the store. */
    record Customer(CustomerId customerId) implements Principal {
    }

    /** A logged-in customer-service agent. */
    record Agent(AgentId agentId, AgentRole role) implements Principal {
    }

    Principal ANONYMOUS = new Anonymous();
}
