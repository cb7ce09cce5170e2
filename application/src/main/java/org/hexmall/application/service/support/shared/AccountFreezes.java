package org.hexmall.application.service.support.shared;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.service.payment.shared.WithdrawnPayments;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/**
 * An agent's freeze of an account, as the console's freeze does it: the account frozen, every session it has open
 * ended at once, its payments under way taken back, and the freeze audited. Call it inside the caller's transaction;
 * reconciliation closes the payments taken back at its next pass ({@link WithdrawnPayments}).
 */
public final class AccountFreezes {

    private final Customers customers;
    private final Sessions sessions;
    private final AuditLog auditLog;
    private final WithdrawnPayments withdrawals;

    public AccountFreezes(Customers customers, Sessions sessions, AuditLog auditLog, WithdrawnPayments withdrawals) {
        this.customers = customers;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.withdrawals = withdrawals;
    }

    /** False if there is no such customer or the account is frozen already; nothing is changed then. */
    public boolean freeze(CustomerId customerId, Agent agent, String reason, Instant now) {
        Optional<Customer> found = customers.findById(customerId).filter(customer -> !customer.isFrozen());
        if (found.isEmpty()) {
            return false;
        }
        Customer frozen = found.get().frozen();
        withdrawals.ofFrozenAccount(frozen.id(), now);
        customers.update(frozen);
        sessions.deleteSignedInAs(frozen.id());
        auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), frozen.id(),
                AgentAction.FREEZE_ACCOUNT, "account", reason));
        return true;
    }
}
