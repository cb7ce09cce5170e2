package org.hexmall.application.service.promotion.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.application.port.in.promotion.OrderReference;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;

/** The orders of the payments named on one page of coupons or points: one read per payment, a page's worth. */
public final class PaymentOrders {

    private PaymentOrders() {
    }

    public static Map<PaymentId, OrderReference> of(Payments payments, Collection<PaymentId> named) {
        Map<PaymentId, OrderReference> orders = new HashMap<>();
        for (PaymentId payment : named) {
            payments.findById(payment).map(PaymentOrders::reference).ifPresent(order -> orders.put(payment, order));
        }
        return orders;
    }

    private static OrderReference reference(Payment payment) {
        return new OrderReference(payment.orderId(), payment.orderNumber());
    }
}
