package org.hexmall.application.service.compensation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.compensation.CompensationForm;
import org.hexmall.application.port.in.compensation.CompensationNotAllowedException;
import org.hexmall.application.port.in.compensation.ViewCompensations;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.compensation.shared.CompensationDelivery;
import org.hexmall.application.service.compensation.shared.CompensationPolicy;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.Compensation;

/** Reads, without a transaction: the agent, then the customer, the giveable campaigns, the day's grants, a page. */
public final class ViewCompensationsService implements ViewCompensations {

    private final Compensations compensations;
    private final Customers customers;
    private final Agents agents;
    private final CompensationDelivery delivery;
    private final TransactionRunner transactions;
    private final CompensationPolicy policy;
    private final Clock clock;

    public ViewCompensationsService(Compensations compensations, Customers customers, Agents agents,
                                    CompensationDelivery delivery, TransactionRunner transactions,
                                    CompensationPolicy policy, Clock clock) {
        this.compensations = compensations;
        this.customers = customers;
        this.agents = agents;
        this.delivery = delivery;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Optional<CompensationForm> form(AgentId agentId, CustomerId customerId, int page) {
        Instant now = clock.instant();
        return transactions.withoutTransaction(() -> {
            requireAllowed(agentId, ConsoleAction.GRANT_COMPENSATION);
            return customers.findById(customerId).map(customer -> new CompensationForm(customerId,
                    customer.displayName().value(), delivery.giveableCampaigns(now), policy.dailyLimitPerAgent(),
                    compensations.grantedSince(agentId, policy.startOfDay(now)),
                    compensations.ofCustomer(customerId, Math.max(1, page), PAGE_SIZE)));
        });
    }

    @Override
    public Page<Compensation> queue(AgentId agentId, int page) {
        return transactions.withoutTransaction(() -> {
            requireAllowed(agentId, ConsoleAction.APPROVE_COMPENSATION);
            return compensations.pending(Math.max(1, page), PAGE_SIZE);
        });
    }

    private void requireAllowed(AgentId agentId, ConsoleAction action) {
        boolean allowed = agents.findById(agentId)
                .filter(agent -> ConsolePermissions.allows(agent.role(), action)).isPresent();
        if (!allowed) {
            throw new CompensationNotAllowedException();
        }
    }
}
