package org.hexmall.application.service.account;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.account.ViewPasswordReminder;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.shared.PasswordCare;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminderPolicy;

/** Whether the password banner shows, and why, from one read of the customer's reminder and its warnings. */
public final class ViewPasswordReminderService implements ViewPasswordReminder {

    private final TransactionRunner transactions;
    private final PasswordCare passwordCare;
    private final PasswordReminderPolicy policy;
    private final Clock clock;

    public ViewPasswordReminderService(TransactionRunner transactions, PasswordCare passwordCare,
                                       PasswordReminderPolicy policy, Clock clock) {
        this.transactions = transactions;
        this.passwordCare = passwordCare;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Optional<Due> due(CustomerId customer) {
        // One read on every shop page a customer opens: no transaction around it.
        return transactions.withoutTransaction(() -> passwordCare.now(customer)
                .flatMap(reminder -> reminder.dueAt(clock.instant(), policy))
                .map(reason -> new Due(reason, policy.maxPasswordAge())));
    }
}
