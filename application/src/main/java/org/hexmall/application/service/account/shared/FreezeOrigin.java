package org.hexmall.application.service.account.shared;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/**
 * Who froze a frozen account, and so whether only customer service may unfreeze it. A customer may unfreeze what they froze themselves
 * ("I lost my phone"); an account frozen by an agent or by the store (confirmed fraud, a risk hold), or frozen because
 * the customer reported activity that was not them, stays frozen until an agent has checked it with them: whoever
 * knew the password then may still know it.
 *
 * <p>It reads the account's security events since its last unfreeze, and, for freezes older than the events, the
 * agents' latest freeze or unfreeze in the audit log.
 */
public final class FreezeOrigin {

    /** Enough entries to reach the latest freeze or unfreeze among an account's other events. */
    private static final int ENTRIES_READ = 100;

    private final SecurityEvents events;
    private final AuditLog auditLog;

    public FreezeOrigin(SecurityEvents events, AuditLog auditLog) {
        this.events = events;
        this.auditLog = auditLog;
    }

    /**
     * Who froze the account; empty when it is not frozen. Customer service's freeze counts first, then the customer's
     * report, as each keeps the account for customer service to unfreeze. Call inside a transaction.
     */
    public Optional<FrozenBy> frozenBy(Customer customer) {
        if (!customer.isFrozen()) {
            return Optional.empty();
        }
        List<SecurityEvent> sinceLastUnfreeze = events.newestFirst(customer.id(), 1, ENTRIES_READ).items().stream()
                .takeWhile(event -> event.kind() != SecurityEventKind.ACCOUNT_UNFROZEN)
                .toList();
        boolean byCustomerService = sinceLastUnfreeze.stream().anyMatch(event ->
                event.kind() == SecurityEventKind.ACCOUNT_FROZEN && event.source() != SecurityEvent.Source.CUSTOMER);
        if (byCustomerService || latestAgentActionIsAFreeze(customer)) {
            return Optional.of(FrozenBy.CUSTOMER_SERVICE);
        }
        boolean reported = sinceLastUnfreeze.stream().anyMatch(event ->
                event.kind() == SecurityEventKind.REPORTED_NOT_ME);
        return Optional.of(reported ? FrozenBy.NOT_ME_REPORT : FrozenBy.CUSTOMER);
    }

    private boolean latestAgentActionIsAFreeze(Customer customer) {
        return auditLog.forCustomer(customer.id(), ENTRIES_READ).stream()
                .map(AuditEntry::action)
                .filter(action -> action == AgentAction.FREEZE_ACCOUNT || action == AgentAction.UNFREEZE_ACCOUNT)
                .findFirst()
                .map(action -> action == AgentAction.FREEZE_ACCOUNT)
                .orElse(false);
    }
}
