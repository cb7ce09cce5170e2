package org.hexmall.application.port.in.support;

import java.util.Optional;
import org.hexmall.domain.support.AgentId;

/**
 * Who is logged in to the console, for its header and its gate: empty once the agent was disabled, whose sessions
 * then end.
 */
public interface ViewSignedInAgent {

    Optional<AgentProfile> view(AgentId agent);
}
