package org.hexmall.application.service.checkout;

import org.hexmall.application.port.in.checkout.CountCartItems;
import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;

public final class CountCartItemsService implements CountCartItems {

    private final Carts carts;
    private final TransactionRunner transactions;

    public CountCartItemsService(Carts carts, TransactionRunner transactions) {
        this.carts = carts;
        this.transactions = transactions;
    }

    @Override
    public int count(CustomerId customerId) {
        return transactions.withoutTransaction(() -> carts.countItems(customerId));
    }
}
