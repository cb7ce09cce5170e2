package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import org.hexmall.application.service.payment.shared.WithdrawnPayments;
import org.hexmall.application.service.payment.shared.WithdrawnPayments.Withdrawn;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.payment.Withdrawal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/**
 * The account's new status, the end of its sessions and the taking back of its payments under way (on a freeze), the
 * security event the customer sees and the audit entry are stored together, or none of them is. Once a freeze has
 * committed, the providers are asked to close the payments taken back ({@link WithdrawnPayments}).
 */
public final class FreezeAccountService implements FreezeAccount {

    private final Customers customers;
    private final Sessions sessions;
    private final Agents agents;
    private final AuditLog auditLog;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final WithdrawnPayments withdrawals;
    private final Clock clock;

    public FreezeAccountService(Customers customers, Sessions sessions, Agents agents, AuditLog auditLog,
                                SecurityEvents securityEvents, TransactionRunner transactions,
                                WithdrawnPayments withdrawals, Clock clock) {
        this.withdrawals = withdrawals;
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
        Optional<Withdrawn> changedNow = transactions.inTransaction(() -> {
            var agent = ActingAgents.permitted(agents, command.agentId(), permission);
            Optional<Customer> found = customers.findById(command.customerId())
                    .filter(customer -> customer.isFrozen() == frozenBefore);
            if (found.isEmpty()) {
                return Optional.<Withdrawn>empty();
            }
            Customer changed = change.apply(found.get());
            Withdrawn withdrawn = changed.isFrozen()
                    ? withdrawals.ofFrozenAccount(changed.id(), now)
                    : new Withdrawn(Withdrawal.ACCOUNT_FROZEN, List.of());
            customers.update(changed);
            if (changed.isFrozen()) {
                sessions.deleteSignedInAs(changed.id());
            }
            auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), changed.id(), action,
                    "account", command.reason()));
            securityEvents.record(new SecurityEvent(changed.id(), now,
                    changed.isFrozen() ? SecurityEventKind.ACCOUNT_FROZEN : SecurityEventKind.ACCOUNT_UNFROZEN,
                    SecurityEvent.Source.AGENT, "", ""));
            return Optional.of(withdrawn);
        });
        changedNow.ifPresent(withdrawals::askProvider);
        return changedNow.isPresent();
    }
}
