package org.hexmall.application.service.risk;

import org.hexmall.application.port.in.risk.CountOpenRiskAlerts;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.TransactionRunner;

public final class CountOpenRiskAlertsService implements CountOpenRiskAlerts {

    private final RiskAlerts alerts;
    private final TransactionRunner transactions;

    public CountOpenRiskAlertsService(RiskAlerts alerts, TransactionRunner transactions) {
        this.alerts = alerts;
        this.transactions = transactions;
    }

    @Override
    public long count() {
        return transactions.withoutTransaction(alerts::countOpen);
    }
}
