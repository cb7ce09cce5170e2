package org.hexmall.application.service.support.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.CustomerTimeline.Entry;
import org.hexmall.application.port.in.support.CustomerTimeline.Kind;
import org.hexmall.application.port.in.support.OrderSummary;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.CaseNote;

/**
 * Merges what the customer's page has read about them into one timeline, newest first, and cuts the page the agent
 * asked for. A plain function of those facts; it reads nothing itself.
 */
public final class CustomerTimelines {

    private CustomerTimelines() {
    }

    /** The facts a timeline is made of, each list as the customer's page read it. */
    public record Facts(List<LoginRecord> logins, List<BindingRecord> bindings, List<OrderSummary> orders,
                        List<PaymentView> payments, List<AuditEntry> agentActions, List<SecurityEvent> securityEvents,
                        List<CaseNote> notes) {
    }

    public static CustomerTimeline of(Facts facts, CustomerTimeline.Query query) {
        List<Entry> all = new ArrayList<>();
        facts.logins().forEach(login -> all.add(new Entry(login.at(), Kind.LOGIN, login.outcome().name(),
                Optional.empty(), login.clientAddress(), Optional.empty(), "")));
        for (BindingRecord binding : facts.bindings()) {
            binding.history().forEach(step -> all.add(new Entry(step.at(), Kind.BINDING, step.status().name(),
                    Optional.of(binding.provider()), binding.maskedAccount(), Optional.empty(), "")));
        }
        facts.orders().forEach(order -> all.add(new Entry(order.placedAt(), Kind.ORDER, "PLACED", Optional.empty(),
                order.number(), Optional.empty(), "")));
        for (PaymentView payment : facts.payments()) {
            for (PaymentEvent event : payment.timeline()) {
                String what = event instanceof PaymentEvent.Noted noted ? noted.note().name()
                        : event.status().name();
                all.add(new Entry(event.at(), Kind.PAYMENT, what, Optional.of(payment.provider()),
                        payment.orderNumber().grouped(), Optional.empty(), ""));
            }
            for (Refund refund : payment.refunds()) {
                all.add(new Entry(refund.at(), Kind.REFUND, refund.reason().name(), Optional.of(payment.provider()),
                        payment.orderNumber().grouped(), Optional.of(refund.amount()), ""));
            }
        }
        facts.agentActions().forEach(action -> all.add(new Entry(action.at(), Kind.AGENT_ACTION,
                action.action().name(), Optional.empty(), action.reason(), Optional.empty(),
                action.agentUsername())));
        facts.securityEvents().forEach(event -> all.add(new Entry(event.at(), Kind.SECURITY, event.kind().name(),
                Optional.empty(), event.detail(), Optional.empty(), "")));
        facts.notes().forEach(note -> all.add(new Entry(note.at(), Kind.NOTE, note.channel().name(),
                Optional.empty(), note.summary(), Optional.empty(), note.agentUsername())));

        List<Entry> chosen = all.stream()
                .filter(entry -> query.kinds().contains(entry.kind()))
                .sorted(Comparator.comparing(Entry::at).reversed())
                .toList();
        int size = CustomerTimeline.PAGE_SIZE;
        int pageCount = Math.max(1, (chosen.size() + size - 1) / size);
        int page = Math.min(query.page(), pageCount);
        List<Entry> entries = chosen.subList((page - 1) * size, Math.min(chosen.size(), page * size));
        return new CustomerTimeline(entries, query.kinds(), page, pageCount, chosen.size());
    }
}
