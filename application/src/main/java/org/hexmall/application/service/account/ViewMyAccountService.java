package org.hexmall.application.service.account;

import java.util.Optional;
import org.hexmall.application.port.in.account.MyAccountView;
import org.hexmall.application.port.in.account.ViewMyAccount;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.EmailAddress;

public final class ViewMyAccountService implements ViewMyAccount {

    private final Customers customers;
    private final TransactionRunner transactions;

    public ViewMyAccountService(Customers customers, TransactionRunner transactions) {
        this.customers = customers;
        this.transactions = transactions;
    }

    @Override
    public Optional<MyAccountView> view(CustomerId customerId) {
        return transactions.inTransaction(() -> customers.findById(customerId).map(customer -> new MyAccountView(
                customer.displayName().value(),
                customer.phone().masked(),
                customer.email().map(EmailAddress::value),
                customer.registeredAt())));
    }
}
