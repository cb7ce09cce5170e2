package org.hexmall.application.service.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hexmall.application.port.in.risk.LiftRiskHold;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.risk.shared.RiskHoldLifts;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.support.Agent;

/** Every hold still holding the account is lifted, each audited, together or not at all. */
public final class LiftRiskHoldService implements LiftRiskHold {

    private final RiskHolds holds;
    private final RiskHoldLifts lifts;
    private final Agents agents;
    private final TransactionRunner transactions;
    private final Clock clock;

    public LiftRiskHoldService(RiskHolds holds, RiskHoldLifts lifts, Agents agents, TransactionRunner transactions,
                               Clock clock) {
        this.holds = holds;
        this.lifts = lifts;
        this.agents = agents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean lift(AccountSupportCommand command) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            // Whoever may resolve the alerts that place holds may lift them.
            Agent agent = ActingAgents.permitted(agents, command.agentId(), ConsoleAction.RESOLVE_RISK_ALERT);
            List<RiskHold> active = holds.activeOf(command.customerId(), now);
            boolean lifted = false;
            for (RiskHold hold : active) {
                lifted |= lifts.lift(hold, agent, command.reason(), now);
            }
            return lifted;
        });
    }
}
