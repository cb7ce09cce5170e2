package org.hexmall.application.service.risk;

import org.hexmall.application.port.in.risk.RecordRiskAlertOutcome;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.RiskAlertId;

public final class RecordRiskAlertOutcomeService implements RecordRiskAlertOutcome {

    private final RiskAlerts alerts;
    private final TransactionRunner transactions;

    public RecordRiskAlertOutcomeService(RiskAlerts alerts, TransactionRunner transactions) {
        this.alerts = alerts;
        this.transactions = transactions;
    }

    @Override
    public boolean record(RiskAlertId alert, AlertOutcome outcome) {
        return transactions.withoutTransaction(() -> alerts.recordOutcome(alert, outcome));
    }
}
