package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ClearLoginLock;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/**
 * The cleared lock, its audit entry and its security event (so that the customer sees in their activity that customer
 * service did it) are stored together, or none is.
 */
public final class ClearLoginLockService implements ClearLoginLock {

    private final Customers customers;
    private final Agents agents;
    private final AuditLog auditLog;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ClearLoginLockService(Customers customers, Agents agents, AuditLog auditLog, SecurityEvents securityEvents,
                                 TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.agents = agents;
        this.auditLog = auditLog;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean clear(AccountSupportCommand command) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            var agent = ActingAgents.permitted(agents, command.agentId(), ConsoleAction.CLEAR_LOGIN_LOCK);
            Optional<Customer> locked = customers.findById(command.customerId())
                    .filter(customer -> customer.loginThrottle().isLockedAt(now));
            if (locked.isEmpty()) {
                return false;
            }
            customers.update(locked.get().withLoginThrottle(LoginThrottle.CLEAR));
            auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), command.customerId(),
                    AgentAction.CLEAR_LOGIN_LOCK, "login", command.reason()));
            securityEvents.record(new SecurityEvent(command.customerId(), now, SecurityEventKind.LOGIN_LOCK_CLEARED,
                    SecurityEvent.Source.AGENT, "", ""));
            return true;
        });
    }
}
