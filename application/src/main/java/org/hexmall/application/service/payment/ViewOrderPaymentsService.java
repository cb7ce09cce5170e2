package org.hexmall.application.service.payment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.application.service.checkout.shared.OverdueOrders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentAttempts;

/**
 * The order page: the order (closed first if its time to pay ran out), every attempt to pay it, and the price each
 * attempt started with.
 */
public final class ViewOrderPaymentsService implements ViewOrderPayments {

    private final Orders orders;
    private final Payments payments;
    private final TransactionRunner transactions;
    private final PaymentPricings pricings;
    private final CheckoutSettings checkout;
    private final Clock clock;

    public ViewOrderPaymentsService(Orders orders, Payments payments, TransactionRunner transactions,
                                    PaymentPricings pricings, CheckoutSettings checkout, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
        this.pricings = pricings;
        this.checkout = checkout;
        this.clock = clock;
    }

    @Override
    public Optional<OrderPayments> view(CustomerId customerId, OrderId orderId) {
        return transactions.inTransaction(() -> orders.findById(orderId)
                .filter(order -> order.customerId().equals(customerId))
                .map(order -> OverdueOrders.closeIfOverdue(orders, order, checkout, clock.instant()))
                .map(order -> {
                    PaymentAttempts attempts = PaymentAttempts.of(payments.findByOrder(order.id()));
                    List<PaymentView> all = attempts.all().stream().map(PaymentView::of).toList();
                    return new OrderPayments(order, all, attempts.beingConfirmed().map(PaymentView::of),
                            all.isEmpty() ? Map.of() : pricings.findAll(all.stream().map(PaymentView::id).toList()));
                }));
    }
}
