package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import org.hexmall.application.port.in.account.ReportNotMe;
import org.hexmall.application.port.in.account.ReportNotMeCommand;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;

/**
 * The freeze, the end of every session and the report are stored in one transaction: once the customer is told that
 * the account is frozen, no session opened before (the one of whoever else used it) can shop or pay any more.
 */
public final class ReportNotMeService implements ReportNotMe {

    private final Customers customers;
    private final Sessions sessions;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ReportNotMeService(Customers customers, Sessions sessions, SecurityEvents securityEvents,
                              TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.sessions = sessions;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void report(ReportNotMeCommand command) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            Customer customer = customers.findById(command.customerId()).orElseThrow();
            securityEvents.record(new SecurityEvent(customer.id(), now, SecurityEventKind.REPORTED_NOT_ME,
                    SecurityEvent.Source.CUSTOMER, command.what() + " " + command.at(), command.clientAddress()));
            if (!customer.isFrozen()) {
                customers.update(customer.frozen());
                securityEvents.record(new SecurityEvent(customer.id(), now, SecurityEventKind.ACCOUNT_FROZEN,
                        SecurityEvent.Source.CUSTOMER, "", command.clientAddress()));
            }
            sessions.deleteSignedInAs(customer.id());
            // The urgent risk alert for agents belongs here, in this transaction, once alerts are kept.
        });
    }
}
