package org.hexmall.application.service.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.risk.ResolveAlertCommand;
import org.hexmall.application.port.in.risk.ResolveRiskAlert;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.risk.shared.RiskHoldLifts;
import org.hexmall.application.service.support.shared.AccountFreezes;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/**
 * The resolution, its audit entry and, for confirmed fraud, the freeze of the account with the end of its sessions
 * and the freeze's own audit entry are stored together, or none of them is. A false positive, or an alert settled with
 * the customer, lifts the risk hold the alert placed, if it still holds, with the resolution's note as its reason;
 * confirmed fraud leaves it in place beside the freeze.
 */
public final class ResolveRiskAlertService implements ResolveRiskAlert {

    private final RiskAlerts alerts;
    private final Agents agents;
    private final AuditLog auditLog;
    private final AccountFreezes freezes;
    private final RiskHoldLifts holdLifts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ResolveRiskAlertService(RiskAlerts alerts, Agents agents, AuditLog auditLog, AccountFreezes freezes,
                                   RiskHoldLifts holdLifts, TransactionRunner transactions, Clock clock) {
        this.holdLifts = holdLifts;
        this.alerts = alerts;
        this.agents = agents;
        this.auditLog = auditLog;
        this.freezes = freezes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean resolve(ResolveAlertCommand command) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Agent agent = ActingAgents.permitted(agents, command.agentId(), ConsoleAction.RESOLVE_RISK_ALERT);
            Optional<RiskAlert> open = alerts.findById(command.alertId()).filter(RiskAlert::isOpen);
            if (open.isEmpty()) {
                return false;
            }
            RiskAlert alert = open.get();
            if (!alerts.resolve(alert.id(), new Resolution(command.resolution(), command.note(), agent.id(),
                    agent.username().value(), now))) {
                return false;
            }
            auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), alert.customerId(),
                    AgentAction.RESOLVE_RISK_ALERT, "alert " + alert.id() + " " + command.resolution(),
                    command.note()));
            if (command.resolution() == AlertResolution.CONFIRMED_FRAUD) {
                freezes.freeze(alert.customerId(), agent, command.note(), now);
            } else {
                holdLifts.liftPlacedBy(alert.id(), agent, command.note(), now);
            }
            return true;
        });
    }
}
