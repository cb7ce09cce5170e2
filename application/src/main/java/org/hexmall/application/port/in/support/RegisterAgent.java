package org.hexmall.application.port.in.support;

import java.util.Optional;
import org.hexmall.domain.support.AgentId;

/** Gives a person a console login with a role. Empty when the username is taken. */
public interface RegisterAgent {

    Optional<AgentId> register(RegisterAgentCommand command);
}
