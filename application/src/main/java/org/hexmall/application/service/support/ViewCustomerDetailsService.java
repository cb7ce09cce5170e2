package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.CustomerDetails;
import org.hexmall.application.port.in.support.CustomerPromotions;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.OrderSummary;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.application.port.out.persistence.CouponShelf;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.support.shared.CustomerSummaries;
import org.hexmall.application.service.support.shared.CustomerTimelines;
import org.hexmall.application.service.support.shared.WhatProbablyHappened;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.CaseNote;

public final class ViewCustomerDetailsService implements ViewCustomerDetails {

    private final Customers customers;
    private final LoginHistory loginHistory;
    private final WalletBindings bindings;
    private final AuditLog auditLog;
    private final Orders orders;
    private final TransactionRunner transactions;
    private final Payments payments;
    private final SecurityEvents securityEvents;
    private final Coupons coupons;
    private final PointsLedger pointsLedger;
    private final PaymentPricings pricings;
    private final CaseNotes caseNotes;
    private final CustomerTimelineEntries timelineEntries;
    private final Clock clock;

    public ViewCustomerDetailsService(Customers customers, LoginHistory loginHistory, WalletBindings bindings,
                                      AuditLog auditLog, Orders orders, Payments payments,
                                      SecurityEvents securityEvents, Coupons coupons, PointsLedger pointsLedger,
                                      PaymentPricings pricings, CaseNotes caseNotes,
                                      CustomerTimelineEntries timelineEntries, TransactionRunner transactions,
                                      Clock clock) {
        this.customers = customers;
        this.loginHistory = loginHistory;
        this.bindings = bindings;
        this.auditLog = auditLog;
        this.orders = orders;
        this.payments = payments;
        this.securityEvents = securityEvents;
        this.coupons = coupons;
        this.pointsLedger = pointsLedger;
        this.pricings = pricings;
        this.caseNotes = caseNotes;
        this.timelineEntries = timelineEntries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<CustomerDetails> view(CustomerId customerId, CustomerTimeline.Query timeline) {
        return transactions.inTransaction(() -> customers.findById(customerId).map(customer -> {
            List<Order> placed = orders.findByCustomer(customerId);
            List<Payment> tried = paymentsFor(placed);
            List<PaymentView> attempts = tried.stream().map(PaymentView::of).toList();
            Instant now = clock.instant();
            Optional<Instant> lockedUntil = customer.loginThrottle().retryAfter(now);
            List<BindingRecord> wallets = bindings.findByCustomer(customerId).stream().map(BindingRecord::of).toList();
            List<SecurityEvent> events = securityEvents.newestFirst(customerId, 1,
                    CustomerDetails.RECENT_SECURITY_EVENTS).items();
            List<LoginRecord> logins = loginHistory.latest(customerId, CustomerDetails.RECENT_LOGINS);
            List<AuditEntry> agentActions = auditLog.forCustomer(customerId, CustomerDetails.RECENT_AUDIT_ENTRIES);
            Map<OrderId, List<Payment>> paymentsByOrder = tried.stream()
                    .collect(Collectors.groupingBy(Payment::orderId));
            List<OrderSummary> orderSummaries = placed.stream()
                    .map(order -> OrderSummary.of(order, paymentsByOrder.getOrDefault(order.id(), List.of())))
                    .toList();
            List<CaseNote> notes = caseNotes.latest(customerId, CustomerDetails.RECENT_CASE_NOTES);
            return new CustomerDetails(
                    CustomerSummaries.of(customer),
                    lockedUntil,
                    logins,
                    wallets,
                    agentActions,
                    orderSummaries,
                    attempts,
                    events,
                    promotionsOf(customerId, attempts),
                    WhatProbablyHappened.of(customer.status(), lockedUntil, wallets, attempts, events, now),
                    notes,
                    CustomerTimelines.page(timelineEntries, customerId, timeline));
        }));
    }

    /**
     * The customer's coupons on each shelf and points ledger, a bounded page of each, and the frozen breakdowns of
     * their payments read in one statement however many payments there are.
     */
    private CustomerPromotions promotionsOf(CustomerId customerId, List<PaymentView> attempts) {
        Instant now = clock.instant();
        int size = CustomerPromotions.COUPONS_PER_SHELF;
        return new CustomerPromotions(
                coupons.ofCustomer(customerId, CouponShelf.AVAILABLE, now, 1, size).items(),
                coupons.ofCustomer(customerId, CouponShelf.USED, now, 1, size).items(),
                coupons.ofCustomer(customerId, CouponShelf.EXPIRED, now, 1, size).items(),
                pointsLedger.balanceOf(customerId),
                pointsLedger.ofCustomer(customerId, 1, CustomerPromotions.RECENT_POINTS_ENTRIES).items(),
                attempts.isEmpty() ? Map.of() : pricings.findAll(attempts.stream().map(PaymentView::id).toList()));
    }

    /** Every payment of these orders, newest first, in one read. */
    private List<Payment> paymentsFor(List<Order> placed) {
        return payments.findByOrders(placed.stream().map(Order::id).toList()).stream()
                .sorted(Comparator.comparing(Payment::createdAt).reversed())
                .toList();
    }
}
