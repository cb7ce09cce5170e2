package org.hexmall.application.service.risk;

import java.time.Clock;
import java.util.List;
import org.hexmall.application.port.in.risk.AlertQuery;
import org.hexmall.application.port.in.risk.ListRiskAlerts;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.AlertFilter;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.shared.Page;

public final class ListRiskAlertsService implements ListRiskAlerts {

    private final RiskAlerts alerts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ListRiskAlertsService(RiskAlerts alerts, TransactionRunner transactions, Clock clock) {
        this.alerts = alerts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<RiskAlert> list(AlertQuery query) {
        var filter = new AlertFilter(query.rule(), query.severity(),
                query.maxAge().map(age -> clock.instant().minus(age)));
        return transactions.inTransaction(() -> alerts.list(filter, query.page(), AlertQuery.PAGE_SIZE));
    }

    @Override
    public List<RiskAlert> ofCustomer(CustomerId customerId) {
        return transactions.withoutTransaction(() -> alerts.latestOf(customerId, CUSTOMER_ALERTS));
    }
}
