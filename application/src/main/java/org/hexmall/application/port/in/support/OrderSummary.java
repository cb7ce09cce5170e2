package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.PurchaseStatus;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.shared.Money;

/**
 * One order as the console lists it.
 *
 * @param status     where it stands: a paid order whose money went back reads as refunded, in part or in full
 * @param total      the goods, before discounts and points
 * @param amountPaid what the wallet was charged for it, after discounts and points; empty unless it was paid
 */
public record OrderSummary(OrderId id, String number, CustomerId customerId, PurchaseStatus status, Money total,
                           Optional<Money> amountPaid, int itemCount, Instant placedAt) {

    /** @param payments the order's payments (others are passed over): the one that paid it, if any, says the rest */
    public static OrderSummary of(Order order, Collection<Payment> payments) {
        Optional<PaymentView> paidWith = payments.stream()
                .filter(payment -> payment.orderId().equals(order.id()))
                .filter(Payment::paidItsOrder)
                .findFirst()
                .map(PaymentView::of);
        return new OrderSummary(order.id(), order.number().grouped(), order.customerId(),
                PurchaseStatus.of(order.status(), paidWith), order.total(), paidWith.map(PaymentView::amount),
                order.lines().stream().mapToInt(line -> line.quantity()).sum(), order.placedAt());
    }
}
