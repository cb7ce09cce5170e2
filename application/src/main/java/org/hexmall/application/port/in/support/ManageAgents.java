package org.hexmall.application.port.in.support;

import java.util.List;
import org.hexmall.domain.support.AgentId;

/**
 * Supervisors manage the console's agents ({@link ConsoleAction#MANAGE_AGENTS}): they list them, create them with a
 * first password the new agent must change, reset a forgotten password (the agent's open sessions end, and they must
 * change it at their next login), and disable or re-enable an agent. A disabled agent cannot log in, and their open
 * console sessions end at once. A supervisor cannot disable themselves, so that
 * the team is never left without one by mistake. Every change is audited; a password never is, nor is it shown.
 * Each method throws {@link ActionNotPermittedException} for an agent whose role may not manage agents.
 */
public interface ManageAgents {

    /** Every agent, disabled ones too, by username. */
    List<AgentProfile> list(AgentId supervisor);

    Outcome create(CreateAgentCommand command);

    Outcome resetPassword(ResetAgentPasswordCommand command);

    Outcome disable(AgentStatusCommand command);

    Outcome enable(AgentStatusCommand command);

    /** What came of a change. */
    sealed interface Outcome {
    }

    /** Done, to this agent. */
    record Done(AgentId agent) implements Outcome {
    }

    /** Another agent has this username already; nothing was created. */
    record UsernameTaken() implements Outcome {
    }

    /** There is no such agent. */
    record NotFound() implements Outcome {
    }

    /** A supervisor cannot disable themselves; nothing was changed. */
    record NotYourself() implements Outcome {
    }

    /** The agent was disabled (or enabled) already; nothing was changed. */
    record Unchanged() implements Outcome {
    }
}
