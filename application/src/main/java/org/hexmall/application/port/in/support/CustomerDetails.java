package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.CaseNote;

/**
 * Everything the console shows about one customer.
 *
 * @param lockedUntil   when a login lock ends, if the customer is locked out now
 * @param recentLogins  the latest logins, newest first
 * @param bindings      every wallet binding and binding attempt, newest first
 * @param auditTrail    what agents did to this account, newest first
 * @param orders        the customer's orders, newest first
 * @param payments      every payment attempt for those orders, newest first, with its failure reason
 * @param securityEvents the latest security events of the account (password reset, freeze, wallet bound…), newest
 *                       first
 * @param promotions     the customer's coupons, points and the price breakdown of each payment
 * @param guidedAnswers  what probably made the customer call, most pressing first, read from the facts above
 * @param caseNotes      agents' latest notes on the customer's case, newest first
 * @param timeline       the page of the customer's timeline the agent asked for, every kind of entry (risk alerts
 *                       too) read as the timeline's own pages read it
 */
public record CustomerDetails(CustomerSummary profile, Optional<Instant> lockedUntil, List<LoginRecord> recentLogins,
                              List<BindingRecord> bindings, List<AuditEntry> auditTrail, List<OrderSummary> orders,
                              List<PaymentView> payments, List<SecurityEvent> securityEvents,
                              CustomerPromotions promotions, List<GuidedAnswer> guidedAnswers,
                              List<CaseNote> caseNotes, CustomerTimeline timeline) {

    public static final int RECENT_LOGINS = 10;
    public static final int RECENT_AUDIT_ENTRIES = 50;
    public static final int RECENT_SECURITY_EVENTS = 20;
    public static final int RECENT_CASE_NOTES = 50;

    public CustomerDetails {
        recentLogins = List.copyOf(recentLogins);
        bindings = List.copyOf(bindings);
        auditTrail = List.copyOf(auditTrail);
        orders = List.copyOf(orders);
        payments = List.copyOf(payments);
        securityEvents = List.copyOf(securityEvents);
        Objects.requireNonNull(promotions, "promotions");
        guidedAnswers = List.copyOf(guidedAnswers);
        caseNotes = List.copyOf(caseNotes);
        Objects.requireNonNull(timeline, "timeline");
    }

    /** The customer's payment with this id, if it is one of theirs; empty for none. */
    public Optional<PaymentView> payment(Optional<PaymentId> id) {
        return id.flatMap(wanted -> payments.stream().filter(p -> p.id().equals(wanted)).findFirst());
    }

    public List<BindingRecord> activeBindings() {
        return bindings.stream().filter(BindingRecord::isActive).toList();
    }
}
