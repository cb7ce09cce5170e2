package org.hexmall.application.service.account;

import org.hexmall.application.port.in.account.DismissPasswordReminder;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.shared.PasswordCare;
import org.hexmall.domain.account.CustomerId;

public final class DismissPasswordReminderService implements DismissPasswordReminder {

    private final TransactionRunner transactions;
    private final PasswordCare passwordCare;

    public DismissPasswordReminderService(TransactionRunner transactions, PasswordCare passwordCare) {
        this.transactions = transactions;
        this.passwordCare = passwordCare;
    }

    @Override
    public void dismiss(CustomerId customer) {
        transactions.inTransaction(() -> passwordCare.dismiss(customer));
    }
}
