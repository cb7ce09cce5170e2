package org.hexmall.application.service.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hexmall.application.port.in.risk.AlertQuery;
import org.hexmall.application.port.in.risk.ListRiskAlerts;
import org.hexmall.application.port.in.risk.QueuedAlert;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.AlertFilter;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.shared.Page;

public final class ListRiskAlertsService implements ListRiskAlerts {

    private final RiskAlerts alerts;
    private final Customers customers;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ListRiskAlertsService(RiskAlerts alerts, Customers customers, TransactionRunner transactions,
                                 Clock clock) {
        this.alerts = alerts;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<RiskAlert> list(AlertQuery query) {
        var filter = new AlertFilter(query.rule(), query.severity(),
                query.maxAge().map(age -> clock.instant().minus(age)), query.outcome());
        return transactions.inTransaction(() -> alerts.list(filter, query.page(), AlertQuery.PAGE_SIZE));
    }

    /**
     * The page of alerts, then every customer on it at once: never one query per row. A proof asked for and never
     * given shows as abandoned once nothing can answer it.
     */
    @Override
    public Page<QueuedAlert> queue(AlertQuery query) {
        Instant now = clock.instant();
        var filter = new AlertFilter(query.rule(), query.severity(), query.maxAge().map(now::minus), query.outcome());
        return transactions.inTransaction(() -> {
            Page<RiskAlert> page = alerts.list(filter, query.page(), AlertQuery.PAGE_SIZE);
            Set<CustomerId> ids = page.items().stream().map(RiskAlert::customerId).collect(Collectors.toSet());
            Map<CustomerId, Customer> byId = customers.findAllById(ids).stream()
                    .collect(Collectors.toMap(Customer::id, Function.identity()));
            return page.map(alert -> Optional.ofNullable(byId.get(alert.customerId()))
                    .map(customer -> new QueuedAlert(alert, customer.displayName().value(),
                            customer.phone().masked(), alert.isAbandonedAt(now)))
                    .orElseGet(() -> new QueuedAlert(alert, "", "", alert.isAbandonedAt(now))));
        });
    }

    @Override
    public List<RiskAlert> ofCustomer(CustomerId customerId) {
        return transactions.withoutTransaction(() -> alerts.latestOf(customerId, CUSTOMER_ALERTS));
    }

    @Override
    public CustomerAlerts ofCustomerWithHolds(CustomerId customerId) {
        Instant now = clock.instant();
        RiskAlerts.AlertsWithHolds read = transactions.withoutTransaction(
                () -> alerts.latestWithHoldsOf(customerId, CUSTOMER_ALERTS));
        return new CustomerAlerts(read.alerts(), read.holds().stream().filter(hold -> hold.isActiveAt(now)).toList());
    }
}
