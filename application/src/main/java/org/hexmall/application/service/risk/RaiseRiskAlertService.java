package org.hexmall.application.service.risk;

import java.time.Clock;
import org.hexmall.application.port.in.risk.RaiseRiskAlert;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAssessment;
import org.hexmall.domain.risk.RiskAttempt;

public final class RaiseRiskAlertService implements RaiseRiskAlert {

    private final RiskAlerts alerts;
    private final TransactionRunner transactions;
    private final RandomTokens tokens;
    private final Clock clock;

    public RaiseRiskAlertService(RiskAlerts alerts, TransactionRunner transactions, RandomTokens tokens, Clock clock) {
        this.alerts = alerts;
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public RiskAlertId customerReported(CustomerId customerId, String whatWasReported) {
        RiskAlert alert = RiskAlert.customerReport(new RiskAlertId(tokens.uuid()), customerId, clock.instant(),
                whatWasReported);
        transactions.inTransaction(() -> alerts.raise(alert));
        return alert.id();
    }

    @Override
    public RiskAlertId onAssessment(CustomerId customerId, RiskAttempt attempt, RiskAssessment assessment) {
        RiskAlert alert = RiskAlert.onAssessment(new RiskAlertId(tokens.uuid()), customerId, clock.instant(), attempt,
                assessment);
        transactions.inTransaction(() -> alerts.raise(alert));
        return alert.id();
    }
}
