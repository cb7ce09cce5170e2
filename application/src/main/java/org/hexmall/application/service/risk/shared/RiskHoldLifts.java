package org.hexmall.application.service.risk.shared;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/**
 * An agent's lift of a risk hold, as the console does it whether from the alert that placed it or from the customer's
 * page: the hold lifted with the agent's reason, audited, and a line of the customer's activity. Call it inside the
 * caller's transaction.
 */
public final class RiskHoldLifts {

    private final RiskHolds holds;
    private final AuditLog auditLog;
    private final SecurityEvents securityEvents;

    public RiskHoldLifts(RiskHolds holds, AuditLog auditLog, SecurityEvents securityEvents) {
        this.holds = holds;
        this.auditLog = auditLog;
        this.securityEvents = securityEvents;
    }

    /** False when the alert placed no hold, or its hold no longer holds; nothing is changed then. */
    public boolean lift(RiskHold hold, Agent agent, String reason, Instant now) {
        return lift(hold.alert(), hold, agent, reason, now);
    }

    /** The hold {@code alert} placed, if it still holds. */
    public boolean liftPlacedBy(RiskAlertId alert, Agent agent, String reason, Instant now) {
        return holds.findByAlert(alert).filter(hold -> hold.isActiveAt(now))
                .map(hold -> lift(alert, hold, agent, reason, now))
                .orElse(false);
    }

    private boolean lift(RiskAlertId alert, RiskHold hold, Agent agent, String reason, Instant now) {
        if (!holds.lift(alert, new RiskHold.Lift(now, agent.id(), agent.username().value(), reason))) {
            return false;
        }
        auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), hold.customerId(),
                AgentAction.LIFT_RISK_HOLD, "hold of alert " + alert + " " + hold.holds(), reason));
        securityEvents.record(new SecurityEvent(hold.customerId(), now, SecurityEventKind.RISK_HOLD_LIFTED,
                SecurityEvent.Source.AGENT, "", ""));
        return true;
    }
}
