package org.hexmall.application.service.promotion;

import java.util.Optional;
import org.hexmall.application.port.in.promotion.MyPoints;
import org.hexmall.application.port.in.promotion.ViewMyPoints;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.promotion.shared.PaymentOrders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.shared.Page;

/** The balance in one sum over the ledger, the page of the ledger, and the orders of the page's payments. */
public final class ViewMyPointsService implements ViewMyPoints {

    private final PointsLedger ledger;
    private final Payments payments;
    private final TransactionRunner transactions;

    public ViewMyPointsService(PointsLedger ledger, Payments payments, TransactionRunner transactions) {
        this.ledger = ledger;
        this.payments = payments;
        this.transactions = transactions;
    }

    @Override
    public MyPoints view(CustomerId customer, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1");
        }
        // One transaction, so that the balance and the page agree even while a payment adds points.
        return transactions.inTransaction(() -> {
            long balance = ledger.balanceOf(customer);
            Page<PointsEntry> entries = ledger.ofCustomer(customer, page, PAGE_SIZE);
            return new MyPoints(balance, entries, PaymentOrders.of(payments, entries.items().stream()
                    .map(PointsEntry::payment).flatMap(Optional::stream).distinct().toList()));
        });
    }
}
