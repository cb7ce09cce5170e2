package org.hexmall.adapter.out.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.CustomerTimeline.Entry;
import org.hexmall.application.port.in.support.CustomerTimeline.Kind;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.wallet.WalletBinding;

/** The customer's timeline gathered from the other in-memory stores, in the database adapter's order. */
final class InMemoryCustomerTimelineEntries implements CustomerTimelineEntries {

    /** Newest first; at the same instant in the order of the kinds, as the database adapter sorts. */
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::at).reversed()
            .thenComparing(Entry::kind);

    private final StoreLock lock;
    private final InMemoryLoginHistory logins;
    private final InMemoryWalletBindings bindings;
    private final InMemoryOrders orders;
    private final InMemoryPayments payments;
    private final InMemoryAuditLog auditLog;
    private final InMemorySecurityEvents securityEvents;
    private final InMemoryCaseNotes notes;
    private final InMemoryRiskAlerts alerts;

    InMemoryCustomerTimelineEntries(StoreLock lock, InMemoryLoginHistory logins, InMemoryWalletBindings bindings,
                                    InMemoryOrders orders, InMemoryPayments payments, InMemoryAuditLog auditLog,
                                    InMemorySecurityEvents securityEvents, InMemoryCaseNotes notes,
                                    InMemoryRiskAlerts alerts) {
        this.lock = lock;
        this.logins = logins;
        this.bindings = bindings;
        this.orders = orders;
        this.payments = payments;
        this.auditLog = auditLog;
        this.securityEvents = securityEvents;
        this.notes = notes;
        this.alerts = alerts;
    }

    @Override
    public List<Entry> newestFirst(CustomerId customerId, Set<Kind> kinds, int skip, int limit) {
        return lock.call(() -> all(customerId, kinds).stream().sorted(NEWEST_FIRST).skip(skip).limit(limit).toList());
    }

    @Override
    public long count(CustomerId customerId, Set<Kind> kinds) {
        return lock.call(() -> all(customerId, kinds).size());
    }

    private List<Entry> all(CustomerId customerId, Set<Kind> kinds) {
        List<Entry> all = new ArrayList<>();
        logins.latest(customerId, Integer.MAX_VALUE).forEach(login -> all.add(new Entry(login.at(), Kind.LOGIN,
                login.outcome().name(), Optional.empty(), login.clientAddress(), Optional.empty(), "")));
        for (WalletBinding binding : bindings.findByCustomer(customerId)) {
            binding.history().forEach(step -> all.add(new Entry(step.at(), Kind.BINDING,
                    CustomerTimeline.bindingStep(step.status(), step.cancellation()),
                    Optional.of(binding.provider()), binding.account().masked(), Optional.empty(), "")));
        }
        orders.findByCustomer(customerId).forEach(order -> all.add(new Entry(order.placedAt(), Kind.ORDER, "PLACED",
                Optional.empty(), order.number().grouped(), Optional.empty(), "")));
        for (Payment payment : payments.stored().filter(p -> p.customerId().equals(customerId)).toList()) {
            for (PaymentEvent event : payment.timeline()) {
                String what = event instanceof PaymentEvent.Noted noted ? noted.note().name() : event.status().name();
                all.add(new Entry(event.at(), Kind.PAYMENT, what, Optional.of(payment.provider()),
                        payment.orderNumber().grouped(), Optional.empty(), ""));
            }
            for (Refund refund : payment.refunds()) {
                all.add(new Entry(refund.at(), Kind.REFUND, refund.reason().name(), Optional.of(payment.provider()),
                        payment.orderNumber().grouped(), Optional.of(refund.amount()), ""));
            }
        }
        auditLog.forCustomer(customerId, Integer.MAX_VALUE).forEach(action -> all.add(new Entry(action.at(),
                Kind.AGENT_ACTION, action.action().name(), Optional.empty(), action.reason(), Optional.empty(),
                action.agentUsername())));
        securityEvents.newestFirst(customerId, 1, Integer.MAX_VALUE).items().forEach(event -> all.add(new Entry(
                event.at(), Kind.SECURITY, event.kind().name(), Optional.empty(), event.detail(), Optional.empty(),
                "")));
        notes.latest(customerId, Integer.MAX_VALUE).forEach(note -> all.add(new Entry(note.at(), Kind.NOTE,
                note.channel().name(), Optional.empty(), note.summary(), Optional.empty(), note.agentUsername())));
        alerts.stored().filter(alert -> alert.customerId().equals(customerId)).forEach(alert -> all.add(new Entry(
                alert.raisedAt(), Kind.RISK_ALERT, alert.outcome().name(), Optional.empty(), alert.attempt().subject(),
                Optional.empty(), alert.resolution().map(Resolution::agentUsername).orElse(""))));
        return all.stream().filter(entry -> kinds.contains(entry.kind())).toList();
    }
}
