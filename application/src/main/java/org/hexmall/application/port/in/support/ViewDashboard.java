package org.hexmall.application.port.in.support;

import java.util.Optional;
import org.hexmall.domain.support.AgentId;

/**
 * An agent opens the console's dashboard: how payments, bindings and refunds went over the latest days of the store's
 * time zone, and which risk rules the open alerts wait on. Reading it is {@link ConsoleAction#VIEW_CUSTOMERS}: it shows
 * what happened to the customers, counted, and names none of them.
 */
public interface ViewDashboard {

    /** How many days the dashboard looks back, today included. */
    int DAYS = 14;

    /** The dashboard; empty when there is no such agent or their role may not read it. */
    Optional<Dashboard> view(AgentId agentId);
}
