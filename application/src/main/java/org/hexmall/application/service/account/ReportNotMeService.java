package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import org.hexmall.application.port.in.account.ReportNotMe;
import org.hexmall.application.port.in.account.ReportNotMeCommand;
import org.hexmall.application.port.in.risk.RaiseRiskAlert;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.payment.shared.WithdrawnPayments;
import org.hexmall.application.service.payment.shared.WithdrawnPayments.Withdrawn;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;

/**
 * The freeze, the end of every session, the taking back of the payments under way and the report are stored in one
 * transaction: once the customer is told that the account is frozen, no session opened before (the one of whoever else
 * used it) can shop or pay any more, nor can a payment already waiting in a wallet app. Then the providers are asked
 * to close those payments ({@link WithdrawnPayments}).
 */
public final class ReportNotMeService implements ReportNotMe {

    private final Customers customers;
    private final Sessions sessions;
    private final SecurityEvents securityEvents;
    private final RaiseRiskAlert raiseRiskAlert;
    private final TransactionRunner transactions;
    private final WithdrawnPayments withdrawals;
    private final Clock clock;

    public ReportNotMeService(Customers customers, Sessions sessions, SecurityEvents securityEvents,
                              RaiseRiskAlert raiseRiskAlert, TransactionRunner transactions,
                              WithdrawnPayments withdrawals, Clock clock) {
        this.withdrawals = withdrawals;
        this.customers = customers;
        this.sessions = sessions;
        this.securityEvents = securityEvents;
        this.raiseRiskAlert = raiseRiskAlert;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void report(ReportNotMeCommand command) {
        Instant now = clock.instant();
        Withdrawn withdrawn = transactions.inTransaction(() -> {
            Customer customer = customers.findById(command.customerId()).orElseThrow();
            Withdrawn underWay = withdrawals.ofFrozenAccount(customer.id(), now);
            securityEvents.record(new SecurityEvent(customer.id(), now, SecurityEventKind.REPORTED_NOT_ME,
                    SecurityEvent.Source.CUSTOMER, command.what() + " " + command.at(), command.clientAddress()));
            if (!customer.isFrozen()) {
                customers.update(customer.frozen());
                securityEvents.record(new SecurityEvent(customer.id(), now, SecurityEventKind.ACCOUNT_FROZEN,
                        SecurityEvent.Source.CUSTOMER, "", command.clientAddress()));
            }
            sessions.deleteSignedInAs(customer.id());
            // The urgent alert joins this transaction: the report, the freeze and the alert are kept together.
            raiseRiskAlert.customerReported(customer.id(), command.what() + " " + command.at());
            return underWay;
        });
        withdrawals.askProvider(withdrawn);
    }
}
