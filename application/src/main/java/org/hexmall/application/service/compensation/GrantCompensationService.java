package org.hexmall.application.service.compensation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.compensation.CompensationOutcome;
import org.hexmall.application.port.in.compensation.GrantCompensation;
import org.hexmall.application.port.in.compensation.GrantCompensationCommand;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.compensation.shared.CompensationDelivery;
import org.hexmall.application.service.compensation.shared.CompensationPolicy;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.hexmall.domain.support.CompensationKind;
import org.hexmall.domain.support.CompensationStatus;

/**
 * In one transaction: the agent's role checked, the customer and (for a coupon) the campaign read, then the
 * compensation stored as granted if the agent's grants of the day leave room for it (the store decides that under
 * the agent's lock) and given to the customer, or else stored as a request for a supervisor; audited either way.
 * The compensation is stored with the form's one-time key, which the store takes once per agent: a form sent again
 * finds the compensation it made and answers as it did, and one sent again at the same moment, before the first was
 * stored, is refused by the store, its transaction undone, and then finds the first one's compensation.
 */
public final class GrantCompensationService implements GrantCompensation {

    private final Compensations compensations;
    private final Customers customers;
    private final Agents agents;
    private final AuditLog auditLog;
    private final CompensationDelivery delivery;
    private final TransactionRunner transactions;
    private final RandomTokens tokens;
    private final CompensationPolicy policy;
    private final Clock clock;

    public GrantCompensationService(Compensations compensations, Customers customers, Agents agents,
                                    AuditLog auditLog, CompensationDelivery delivery, TransactionRunner transactions,
                                    RandomTokens tokens, CompensationPolicy policy, Clock clock) {
        this.compensations = compensations;
        this.customers = customers;
        this.agents = agents;
        this.auditLog = auditLog;
        this.delivery = delivery;
        this.transactions = transactions;
        this.tokens = tokens;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompensationOutcome grant(GrantCompensationCommand command) {
        Instant now = clock.instant();
        CompensationId id = new CompensationId(tokens.uuid());
        String key = command.key().value();
        try {
            return transactions.inTransaction(() -> compensations.findByRequestKey(command.agentId(), key)
                    .map(sentBefore -> answerAgain(sentBefore, command, now))
                    .orElseGet(() -> grantOnce(id, command, now)));
        } catch (DuplicateKeyException sentAtOnce) {
            // The same form sent at the same moment: the store kept the other one and undid all of this one.
            return transactions.withoutTransaction(() -> compensations.findByRequestKey(command.agentId(), key))
                    .map(sentBefore -> answerAgain(sentBefore, command, now))
                    .orElseThrow(() -> sentAtOnce);
        }
    }

    private CompensationOutcome grantOnce(CompensationId id, GrantCompensationCommand command, Instant now) {
        Optional<Agent> agent = agents.findById(command.agentId())
                .filter(found -> ConsolePermissions.allows(found.role(), ConsoleAction.GRANT_COMPENSATION));
        if (agent.isEmpty()) {
            return new CompensationOutcome.NotAllowed();
        }
        if (customers.findById(command.customerId()).isEmpty()) {
            return new CompensationOutcome.NotFound();
        }
        Optional<Campaign> campaign = Optional.empty();
        Compensation compensation;
        try {
            if (command.kind() == CompensationKind.COUPON) {
                campaign = Optional.of(delivery.giveableCampaign(command.campaign().orElseThrow(), now));
            }
            compensation = compensation(id, command, campaign, agent.get(), now);
        } catch (DomainException refused) {
            return new CompensationOutcome.Refused(refused.code(), refused.arguments());
        }
        String key = command.key().value();
        Instant since = policy.startOfDay(now);
        if (compensations.grantWithinLimit(compensation, key, since, policy.dailyLimitPerAgent())) {
            delivery.deliver(compensation, campaign, now);
            audit(agent.get(), compensation, AgentAction.GRANT_COMPENSATION, now);
            return new CompensationOutcome.Granted(id);
        }
        compensations.add(compensation.requested(), key);
        audit(agent.get(), compensation, AgentAction.REQUEST_COMPENSATION, now);
        return awaitingApproval(compensation, since);
    }

    /**
     * What the form's first sending answered: given, or waiting for a supervisor (whatever a supervisor decided
     * since). The key sent with other values, or for another customer, gives nothing and says so.
     */
    private CompensationOutcome answerAgain(Compensation sentBefore, GrantCompensationCommand command, Instant now) {
        boolean sameRequest = sentBefore.customerId().equals(command.customerId())
                && sentBefore.kind() == command.kind()
                && sentBefore.campaignId().equals(command.campaign())
                && sentBefore.points() == command.points()
                && sentBefore.reason().equals(command.reason());
        if (!sameRequest) {
            return new CompensationOutcome.KeyReused();
        }
        return sentBefore.status() == CompensationStatus.GRANTED ? new CompensationOutcome.Granted(sentBefore.id())
                : awaitingApproval(sentBefore, policy.startOfDay(now));
    }

    /** @param since the start of the agent's day, from which their limit is counted */
    private CompensationOutcome awaitingApproval(Compensation request, Instant since) {
        return new CompensationOutcome.AwaitingApproval(request.id(), policy.dailyLimitPerAgent(),
                compensations.grantedSince(request.requestedBy(), since));
    }

    private static Compensation compensation(CompensationId id, GrantCompensationCommand command,
                                             Optional<Campaign> campaign, Agent agent, Instant now) {
        if (campaign.isEmpty()) {
            return Compensation.points(id, command.customerId(), command.points(), command.reason(), agent, now);
        }
        Campaign of = campaign.get();
        return Compensation.coupon(id, command.customerId(), of.id(), of.nameEn(), of.nameZh(),
                CompensationDelivery.valueOf(of), command.reason(), agent, now);
    }

    private void audit(Agent agent, Compensation compensation, AgentAction action, Instant now) {
        auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), compensation.customerId(), action,
                subject(compensation), compensation.reason()));
    }

    /** What the audit entry says was given: "120 points" or the coupon's campaign, with the value in fen. */
    static String subject(Compensation compensation) {
        String what = compensation.kind() == CompensationKind.POINTS ? compensation.points() + " points"
                : "coupon " + compensation.nameEn();
        return what + " (" + compensation.value().fen() + " fen) " + compensation.id();
    }
}
