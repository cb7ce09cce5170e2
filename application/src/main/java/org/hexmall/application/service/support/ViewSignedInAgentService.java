package org.hexmall.application.service.support;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.support.AgentProfile;
import org.hexmall.application.port.in.support.ViewSignedInAgent;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.support.AgentId;

/** One read of the agent by id, for every console request. */
public final class ViewSignedInAgentService implements ViewSignedInAgent {

    private final Agents agents;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ViewSignedInAgentService(Agents agents, TransactionRunner transactions, Clock clock) {
        this.agents = agents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<AgentProfile> view(AgentId agent) {
        return transactions.inTransaction(() -> agents.findById(agent))
                .filter(found -> !found.isDisabled())
                .map(found -> AgentProfile.of(found, clock.instant()));
    }
}
