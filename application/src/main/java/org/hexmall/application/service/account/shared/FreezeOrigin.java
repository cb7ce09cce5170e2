package org.hexmall.application.service.account.shared;

import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/**
 * Who froze an account: customer service when the latest freeze or unfreeze an agent recorded in the audit log is a
 * freeze; the customer otherwise. A customer may unfreeze only what they froze themselves: an account customer
 * service froze (confirmed fraud, a stolen phone reported by phone) stays frozen until an agent unfreezes it.
 */
public final class FreezeOrigin {

    /** Enough entries to reach the latest freeze or unfreeze among an account's other agent actions. */
    private static final int ENTRIES_READ = 100;

    private final AuditLog auditLog;

    public FreezeOrigin(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** True when the account is frozen and customer service froze it. Call inside a transaction. */
    public boolean frozenByCustomerService(Customer customer) {
        return customer.isFrozen() && auditLog.forCustomer(customer.id(), ENTRIES_READ).stream()
                .map(AuditEntry::action)
                .filter(action -> action == AgentAction.FREEZE_ACCOUNT || action == AgentAction.UNFREEZE_ACCOUNT)
                .findFirst()
                .map(action -> action == AgentAction.FREEZE_ACCOUNT)
                .orElse(false);
    }
}
