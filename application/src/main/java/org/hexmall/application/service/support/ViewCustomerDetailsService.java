package org.hexmall.application.service.support;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.CustomerDetails;
import org.hexmall.application.port.in.support.OrderSummary;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.support.shared.CustomerSummaries;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.Payment;

public final class ViewCustomerDetailsService implements ViewCustomerDetails {

    private final Customers customers;
    private final LoginHistory loginHistory;
    private final WalletBindings bindings;
    private final AuditLog auditLog;
    private final Orders orders;
    private final TransactionRunner transactions;
    private final Payments payments;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    public ViewCustomerDetailsService(Customers customers, LoginHistory loginHistory, WalletBindings bindings,
                                      AuditLog auditLog, Orders orders, Payments payments,
                                      SecurityEvents securityEvents, TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.loginHistory = loginHistory;
        this.bindings = bindings;
        this.auditLog = auditLog;
        this.orders = orders;
        this.payments = payments;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<CustomerDetails> view(CustomerId customerId) {
        return transactions.inTransaction(() -> customers.findById(customerId).map(customer -> {
            List<Order> placed = orders.findByCustomer(customerId);
            return new CustomerDetails(
                    CustomerSummaries.of(customer),
                    customer.loginThrottle().retryAfter(clock.instant()),
                    loginHistory.latest(customerId, CustomerDetails.RECENT_LOGINS),
                    bindings.findByCustomer(customerId).stream().map(BindingRecord::of).toList(),
                    auditLog.forCustomer(customerId, CustomerDetails.RECENT_AUDIT_ENTRIES),
                    placed.stream().map(OrderSummary::of).toList(),
                    paymentsFor(placed),
                    securityEvents.newestFirst(customerId, 1, CustomerDetails.RECENT_SECURITY_EVENTS).items());
        }));
    }

    /** Every payment of these orders, newest first. */
    private List<PaymentView> paymentsFor(List<Order> placed) {
        return payments.findByOrders(placed.stream().map(Order::id).toList()).stream()
                .sorted(Comparator.comparing(Payment::createdAt).reversed())
                .map(PaymentView::of)
                .toList();
    }
}
