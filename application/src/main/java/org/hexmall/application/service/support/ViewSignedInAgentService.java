package org.hexmall.application.service.support;

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

    public ViewSignedInAgentService(Agents agents, TransactionRunner transactions) {
        this.agents = agents;
        this.transactions = transactions;
    }

    @Override
    public Optional<AgentProfile> view(AgentId agent) {
        return transactions.inTransaction(() -> agents.findById(agent))
                .filter(found -> !found.isDisabled())
                .map(AgentProfile::of);
    }
}
