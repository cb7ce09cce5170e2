package org.hexmall.application.service.account;

import java.time.Clock;
import org.hexmall.application.port.in.account.ViewPasswordReminder;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.shared.PasswordCare;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminderPolicy;

public final class ViewPasswordReminderService implements ViewPasswordReminder {

    private final Customers customers;
    private final TransactionRunner transactions;
    private final PasswordCare passwordCare;
    private final PasswordReminderPolicy policy;
    private final Clock clock;

    public ViewPasswordReminderService(Customers customers, TransactionRunner transactions, PasswordCare passwordCare,
                                       PasswordReminderPolicy policy, Clock clock) {
        this.customers = customers;
        this.transactions = transactions;
        this.passwordCare = passwordCare;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public boolean isDue(CustomerId customer) {
        return transactions.inTransaction(() -> customers.findById(customer)
                .map(found -> passwordCare.now(found).isDueAt(clock.instant(), policy))
                .orElse(false));
    }
}
