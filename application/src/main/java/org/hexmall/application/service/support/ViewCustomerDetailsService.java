package org.hexmall.application.service.support;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.CustomerDetails;
import org.hexmall.application.port.in.support.OrderSummary;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;

public final class ViewCustomerDetailsService implements ViewCustomerDetails {

    private final Customers customers;
    private final LoginHistory loginHistory;
    private final WalletBindings bindings;
    private final AuditLog auditLog;
    private final Orders orders;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ViewCustomerDetailsService(Customers customers, LoginHistory loginHistory, WalletBindings bindings,
                                      AuditLog auditLog, Orders orders, TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.loginHistory = loginHistory;
        this.bindings = bindings;
        this.auditLog = auditLog;
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<CustomerDetails> view(CustomerId customerId) {
        return transactions.inTransaction(() -> customers.findById(customerId).map(customer -> new CustomerDetails(
                CustomerSummaries.of(customer),
                customer.loginThrottle().retryAfter(clock.instant()),
                loginHistory.latest(customerId, CustomerDetails.RECENT_LOGINS),
                bindings.findByCustomer(customerId).stream().map(BindingRecord::of).toList(),
                auditLog.forCustomer(customerId, CustomerDetails.RECENT_AUDIT_ENTRIES),
                orders.findByCustomer(customerId).stream().map(OrderSummary::of).toList())));
    }
}
