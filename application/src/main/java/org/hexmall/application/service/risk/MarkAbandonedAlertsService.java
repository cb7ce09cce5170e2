package org.hexmall.application.service.risk;

import java.time.Clock;
import org.hexmall.application.port.in.risk.MarkAbandonedAlerts;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.risk.RiskAlert;

/**
 * Stores the outcome of the alerts nothing can answer any more: one bounded statement a pass, through the index on
 * outcome and time, which leaves alone any alert whose answer was recorded meanwhile, on any node.
 */
public final class MarkAbandonedAlertsService implements MarkAbandonedAlerts {

    private final RiskAlerts alerts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public MarkAbandonedAlertsService(RiskAlerts alerts, TransactionRunner transactions, Clock clock) {
        this.alerts = alerts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int mark() {
        return transactions.inTransaction(() -> alerts.markAbandoned(RiskAlert.abandonedBefore(clock.instant())));
    }
}
