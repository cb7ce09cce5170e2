package org.hexmall.application.service.support.shared;

import org.hexmall.application.port.in.support.ActionNotPermittedException;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;

/**
 * How every console use case checks who acts: the agent as stored now, enabled, in a role that
 * {@link ConsolePermissions} lets take the action. A hidden button is never the only guard.
 */
public final class ActingAgents {

    private ActingAgents() {
    }

    /**
     * The agent, read once, who may take {@code action}; throws {@link ActionNotPermittedException} otherwise. Call it
     * inside the use case's transaction, before anything is changed.
     */
    public static Agent permitted(Agents agents, AgentId agentId, ConsoleAction action) {
        Agent agent = agents.findById(agentId).orElseThrow(() -> new ActionNotPermittedException(action));
        if (!isPermitted(agent, action)) {
            throw new ActionNotPermittedException(action);
        }
        return agent;
    }

    /** Whether this agent may take the action now: enabled, and in a role the table lets take it. */
    public static boolean isPermitted(Agent agent, ConsoleAction action) {
        return !agent.isDisabled() && ConsolePermissions.allows(agent.role(), action);
    }
}
