package org.hexmall.application.service.compensation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.compensation.CompensationDecisionCommand;
import org.hexmall.application.port.in.compensation.CompensationOutcome;
import org.hexmall.application.port.in.compensation.DecideCompensation;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.compensation.shared.CompensationDelivery;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationKind;

/**
 * In one transaction: the supervisor's role checked, the request read, the decision stored only if the request is
 * still waiting (so of two supervisors deciding at once, one wins and the other is told), then on approval the
 * coupon or points given to the customer; audited. A supervisor never decides their own request.
 */
public final class DecideCompensationService implements DecideCompensation {

    private final Compensations compensations;
    private final Agents agents;
    private final AuditLog auditLog;
    private final CompensationDelivery delivery;
    private final TransactionRunner transactions;
    private final Clock clock;

    public DecideCompensationService(Compensations compensations, Agents agents, AuditLog auditLog,
                                     CompensationDelivery delivery, TransactionRunner transactions, Clock clock) {
        this.compensations = compensations;
        this.agents = agents;
        this.auditLog = auditLog;
        this.delivery = delivery;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CompensationOutcome approve(CompensationDecisionCommand command) {
        return decide(command, true);
    }

    @Override
    public CompensationOutcome reject(CompensationDecisionCommand command) {
        return decide(command, false);
    }

    private CompensationOutcome decide(CompensationDecisionCommand command, boolean approve) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Optional<Agent> supervisor = agents.findById(command.agentId())
                    .filter(found -> ConsolePermissions.allows(found.role(), ConsoleAction.APPROVE_COMPENSATION));
            if (supervisor.isEmpty()) {
                return new CompensationOutcome.NotAllowed();
            }
            Optional<Compensation> request = compensations.findById(command.compensationId());
            if (request.isEmpty()) {
                return new CompensationOutcome.NotFound();
            }
            Compensation decided;
            Optional<Campaign> campaign = Optional.empty();
            try {
                decided = request.get().decided(approve, supervisor.get(), command.reason(), now);
                if (approve && decided.kind() == CompensationKind.COUPON) {
                    // Refused before anything is stored when the campaign no longer gives its coupons.
                    campaign = Optional.of(delivery.giveableCampaign(decided.campaignId().orElseThrow(), now));
                }
            } catch (DomainException refused) {
                return new CompensationOutcome.Refused(refused.code(), refused.arguments());
            }
            if (!compensations.decide(decided)) {
                return new CompensationOutcome.Refused("compensation.already-decided", List.of());
            }
            if (approve) {
                delivery.deliver(decided, campaign, now);
            }
            auditLog.append(new AuditEntry(now, supervisor.get().id(), supervisor.get().username().value(),
                    decided.customerId(), approve ? AgentAction.APPROVE_COMPENSATION
                    : AgentAction.REJECT_COMPENSATION, GrantCompensationService.subject(decided), command.reason()));
            return approve ? new CompensationOutcome.Approved(decided.id())
                    : new CompensationOutcome.Rejected(decided.id());
        });
    }
}
