package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hexmall.application.port.in.support.AgentProfile;
import org.hexmall.application.port.in.support.AgentStatusCommand;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.CreateAgentCommand;
import org.hexmall.application.port.in.support.ManageAgents;
import org.hexmall.application.port.in.support.ResetAgentPasswordCommand;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentAuditEntry;
import org.hexmall.domain.support.AgentId;

/**
 * Each change runs in one transaction: the supervisor checked against the permissions table, the agent read once,
 * changed, stored and audited (disabling or resetting the password also ends the agent's sessions). The slow password hashing runs before it,
 * outside any transaction.
 */
public final class ManageAgentsService implements ManageAgents {

    private final Agents agents;
    private final Sessions sessions;
    private final AuditLog auditLog;
    private final TransactionRunner transactions;
    private final PasswordHasher hasher;
    private final RandomTokens tokens;
    private final Clock clock;

    public ManageAgentsService(Agents agents, Sessions sessions, AuditLog auditLog, TransactionRunner transactions,
                               PasswordHasher hasher, RandomTokens tokens, Clock clock) {
        this.agents = agents;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public List<AgentProfile> list(AgentId supervisor) {
        return transactions.inTransaction(() -> {
            ActingAgents.permitted(agents, supervisor, ConsoleAction.MANAGE_AGENTS);
            Instant now = clock.instant();
            return agents.all().stream().map(agent -> AgentProfile.of(agent, now)).toList();
        });
    }

    @Override
    public Outcome create(CreateAgentCommand command) {
        boolean taken = transactions.inTransaction(() -> {
            ActingAgents.permitted(agents, command.supervisor(), ConsoleAction.MANAGE_AGENTS);
            return agents.findByUsername(command.username()).isPresent();
        });
        if (taken) {
            return new UsernameTaken();
        }
        PasswordHash hash = hasher.hash(command.initialPassword());
        Instant now = clock.instant();
        try {
            return transactions.inTransaction(() -> {
                Agent supervisor = ActingAgents.permitted(agents, command.supervisor(), ConsoleAction.MANAGE_AGENTS);
                Agent created = Agent.createdBySupervisor(new AgentId(tokens.uuid()), command.username(),
                        command.displayName(), command.role(), hash, now);
                agents.add(created);
                audit(supervisor, created, AgentAction.CREATE_AGENT,
                        created.username().value() + " " + created.role(), "", now);
                return new Done(created.id());
            });
        } catch (DuplicateKeyException takenMeanwhile) {
            return new UsernameTaken();
        }
    }

    @Override
    public Outcome resetPassword(ResetAgentPasswordCommand command) {
        PasswordHash hash = hasher.hash(command.newPassword());
        return change(command.supervisor(), command.agent(), AgentAction.RESET_AGENT_PASSWORD, command.reason(),
                agent -> agent.withPasswordResetBySupervisor(hash));
    }

    @Override
    public Outcome disable(AgentStatusCommand command) {
        if (command.supervisor().equals(command.agent())) {
            transactions.inTransaction(() ->
                    ActingAgents.permitted(agents, command.supervisor(), ConsoleAction.MANAGE_AGENTS));
            return new NotYourself();
        }
        return change(command.supervisor(), command.agent(), AgentAction.DISABLE_AGENT, command.reason(),
                agent -> agent.isDisabled() ? agent : agent.disabled());
    }

    @Override
    public Outcome enable(AgentStatusCommand command) {
        return change(command.supervisor(), command.agent(), AgentAction.ENABLE_AGENT, command.reason(),
                agent -> agent.isDisabled() ? agent.enabled() : agent);
    }

    /** Changes the agent as {@code change} says; a change that leaves the agent as they were is no change. */
    private Outcome change(AgentId supervisorId, AgentId agentId, AgentAction action, String reason,
                           UnaryOperator<Agent> change) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Agent supervisor = ActingAgents.permitted(agents, supervisorId, ConsoleAction.MANAGE_AGENTS);
            Optional<Agent> found = agents.findById(agentId);
            if (found.isEmpty()) {
                return new NotFound();
            }
            Agent changed = change.apply(found.get());
            if (changed == found.get()) {
                return new Unchanged();
            }
            agents.update(changed);
            if (changed.isDisabled() || action == AgentAction.RESET_AGENT_PASSWORD) {
                // Whoever holds a session of a disabled agent, or of one whose password may be known to someone
                // else, is sent to log in again.
                sessions.deleteSignedInAs(changed.id());
            }
            audit(supervisor, changed, action, changed.username().value(), reason, now);
            return new Done(changed.id());
        });
    }

    private void audit(Agent supervisor, Agent agent, AgentAction action, String subject, String reason,
                       Instant now) {
        auditLog.append(new AgentAuditEntry(now, supervisor.id(), supervisor.username().value(), agent.id(), action,
                subject, reason));
    }
}
