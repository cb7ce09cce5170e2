package org.hexmall.application.service.risk;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.risk.RiskAlertDetails;
import org.hexmall.application.port.in.risk.ViewRiskAlert;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.support.shared.CustomerSummaries;
import org.hexmall.domain.risk.RiskAlertId;

/**
 * One alert for an agent, with how it stands now: a proof asked for and never given shows as abandoned, and the hold a
 * block placed shows whether it still holds.
 */
public final class ViewRiskAlertService implements ViewRiskAlert {

    private final RiskAlerts alerts;
    private final RiskHolds holds;
    private final Customers customers;
    private final LoginHistory loginHistory;
    private final RiskFacts facts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ViewRiskAlertService(RiskAlerts alerts, RiskHolds holds, Customers customers, LoginHistory loginHistory,
                                RiskFacts facts, TransactionRunner transactions, Clock clock) {
        this.clock = clock;
        this.alerts = alerts;
        this.holds = holds;
        this.customers = customers;
        this.loginHistory = loginHistory;
        this.facts = facts;
        this.transactions = transactions;
    }

    @Override
    public Optional<RiskAlertDetails> view(RiskAlertId id) {
        return transactions.inTransaction(() -> alerts.findById(id).flatMap(alert ->
                customers.findById(alert.customerId()).map(customer -> new RiskAlertDetails(alert,
                        CustomerSummaries.of(customer),
                        loginHistory.latest(customer.id(), RiskAlertDetails.RECENT),
                        facts.recentPayments(customer.id(), RiskAlertDetails.RECENT),
                        alert.isAbandonedAt(clock.instant()), holds.findByAlert(alert.id()),
                        clock.instant()))));
    }
}
