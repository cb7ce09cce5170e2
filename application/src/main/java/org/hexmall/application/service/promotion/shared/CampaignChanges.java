package org.hexmall.application.service.promotion.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.CampaignAuditEntry;

/**
 * How every change of a campaign runs: in one transaction, the supervisor checked, the campaign read and locked
 * once, changed by its own rules, stored, and the change audited; a refusal by the rules leaves everything as it
 * was.
 */
public final class CampaignChanges {

    private final Campaigns campaigns;
    private final Agents agents;
    private final AuditLog auditLog;
    private final TransactionRunner transactions;
    private final Clock clock;

    public CampaignChanges(Campaigns campaigns, Agents agents, AuditLog auditLog, TransactionRunner transactions,
                           Clock clock) {
        this.campaigns = campaigns;
        this.agents = agents;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one change does to the campaign; returns the audit entry's subject, what changed. */
    @FunctionalInterface
    public interface Change {
        String apply(CampaignStanding standing, Instant now);
    }

    public CampaignOutcome change(AgentId agentId, CampaignId campaignId, AgentAction action, String reason,
                                  Change change) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Optional<Agent> supervisor = supervisor(agentId);
            if (supervisor.isEmpty()) {
                return new CampaignOutcome.NotSupervisor();
            }
            Optional<CampaignStanding> found = campaigns.lockById(campaignId);
            if (found.isEmpty()) {
                return new CampaignOutcome.NotFound();
            }
            String subject;
            try {
                subject = change.apply(found.get(), now);
            } catch (DomainException refused) {
                return new CampaignOutcome.Refused(refused.code(), refused.arguments());
            }
            Campaign changed = found.get().campaign();
            if (!campaigns.update(changed)) {
                // Locked, so only a budget below what is used gets here; the domain checked that already.
                return new CampaignOutcome.Refused("promotion.budget-below-used",
                        List.of(found.get().budgetUsed()));
            }
            audit(supervisor.get(), campaignId, action, subject, reason, now);
            return new CampaignOutcome.Done(campaignId);
        });
    }

    /**
     * The agent, if their role may manage campaigns ({@link ConsolePermissions}: supervisors) and they are not
     * disabled. Call it inside the transaction.
     */
    public Optional<Agent> supervisor(AgentId agentId) {
        return agents.findById(agentId)
                .filter(agent -> ActingAgents.isPermitted(agent, ConsoleAction.MANAGE_CAMPAIGNS));
    }

    public void audit(Agent supervisor, CampaignId campaignId, AgentAction action, String subject, String reason,
                      Instant now) {
        auditLog.append(new CampaignAuditEntry(now, supervisor.id(), supervisor.username().value(), campaignId,
                action, subject, reason));
    }
}
