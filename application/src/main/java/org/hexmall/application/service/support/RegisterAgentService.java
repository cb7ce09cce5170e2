package org.hexmall.application.service.support;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;

public final class RegisterAgentService implements RegisterAgent {

    private final Agents agents;
    private final TransactionRunner transactions;
    private final PasswordHasher passwordHasher;
    private final RandomTokens tokens;
    private final Clock clock;

    public RegisterAgentService(Agents agents, TransactionRunner transactions, PasswordHasher passwordHasher,
                                RandomTokens tokens, Clock clock) {
        this.agents = agents;
        this.transactions = transactions;
        this.passwordHasher = passwordHasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Optional<AgentId> register(RegisterAgentCommand command) {
        if (transactions.inTransaction(() -> agents.findByUsername(command.username()).isPresent())) {
            return Optional.empty();
        }
        PasswordHash hash = passwordHasher.hash(command.password());
        try {
            return transactions.inTransaction(() -> {
                Agent agent = Agent.create(new AgentId(tokens.uuid()), command.username(), command.displayName(),
                        command.role(), hash, clock.instant());
                agents.add(agent);
                return Optional.of(agent.id());
            });
        } catch (DuplicateKeyException raceLost) {
            // Another registration of the same username committed between the check and the insert (two nodes of one
            // store creating the demo agents at the same moment): the username is taken, as if the check had seen it.
            if (transactions.inTransaction(() -> agents.findByUsername(command.username()).isPresent())) {
                return Optional.empty();
            }
            throw raceLost;
        }
    }
}
