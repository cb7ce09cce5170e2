package org.hexmall.application.service.checkout;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hexmall.application.port.in.checkout.CloseOverdueOrders;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.application.service.checkout.shared.OverdueOrders;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderStatus;

public final class CloseOverdueOrdersService implements CloseOverdueOrders {

    private final Orders orders;
    private final TransactionRunner transactions;
    private final CheckoutSettings settings;
    private final Clock clock;

    public CloseOverdueOrdersService(Orders orders, TransactionRunner transactions, CheckoutSettings settings,
                                     Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int close() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            // "Before" is strict and stores keep microseconds: one microsecond later includes an order placed
            // exactly one timeout ago, which the domain already counts as overdue.
            List<Order> overdue = orders.findAwaitingPaymentPlacedBefore(
                    now.minus(settings.unpaidOrderTimeout()).plus(1, ChronoUnit.MICROS));
            int closed = 0;
            for (Order candidate : overdue) {
                if (OverdueOrders.closeIfOverdue(orders, candidate, settings, now).status() == OrderStatus.CLOSED) {
                    closed++;
                }
            }
            return closed;
        });
    }
}
