package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.FreezeAccount;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/**
 * The account's new status, the end of its sessions (on a freeze), the security event the customer sees and the audit
 * entry are stored together, or none of them is.
 */
public final class FreezeAccountService implements FreezeAccount {

    private final Customers customers;
    private final Sessions sessions;
    private final Agents agents;
    private final AuditLog auditLog;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final Clock clock;

    public FreezeAccountService(Customers customers, Sessions sessions, Agents agents, AuditLog auditLog,
                                SecurityEvents securityEvents, TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.sessions = sessions;
        this.agents = agents;
        this.auditLog = auditLog;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean freeze(AccountSupportCommand command) {
        return change(command, false, Customer::frozen, ConsoleAction.FREEZE_ACCOUNT, AgentAction.FREEZE_ACCOUNT);
    }

    @Override
    public boolean unfreeze(AccountSupportCommand command) {
        return change(command, true, Customer::unfrozen, ConsoleAction.UNFREEZE_ACCOUNT,
                AgentAction.UNFREEZE_ACCOUNT);
    }

    private boolean change(AccountSupportCommand command, boolean frozenBefore, UnaryOperator<Customer> change,
                           ConsoleAction permission, AgentAction action) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            var agent = ActingAgents.permitted(agents, command.agentId(), permission);
            Optional<Customer> found = customers.findById(command.customerId())
                    .filter(customer -> customer.isFrozen() == frozenBefore);
            if (found.isEmpty()) {
                return false;
            }
            Customer changed = change.apply(found.get());
            customers.update(changed);
            if (changed.isFrozen()) {
                sessions.deleteSignedInAs(changed.id());
            }
            auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), changed.id(), action,
                    "account", command.reason()));
            securityEvents.record(new SecurityEvent(changed.id(), now,
                    changed.isFrozen() ? SecurityEventKind.ACCOUNT_FROZEN : SecurityEventKind.ACCOUNT_UNFROZEN,
                    SecurityEvent.Source.AGENT, "", ""));
            return true;
        });
    }
}
