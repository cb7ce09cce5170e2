package org.hexmall.adapter.in.web.api;

import java.time.Duration;
import java.util.List;
import org.hexmall.application.port.in.payment.ViewOrderPayments.OrderPayments;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;

/**
 * An order (订单) with the names and prices frozen when the cart was settled, and its payments so far.
 *
 * @param closesAt     when the order closes if it is still unpaid; null once it is paid or closed
 * @param price        the price with promotions the order is shown with, as frozen when its payment started: the
 *                     paying payment's, else the latest payment's; null before any payment
 * @param pointsEarned the points the order earned: those of the payment that paid it; 0 while unpaid
 */
record OrderJson(String id, String number, String status, String placedAt, String closesAt, MoneyJson total,
                 List<LineJson> lines, List<PaymentJson> payments, PriceJson price, long pointsEarned) {

    static OrderJson of(OrderPayments found, Duration unpaidTimeout) {
        Order order = found.order();
        return new OrderJson(order.id().toString(), order.number().value(), order.status().name(),
                order.placedAt().toString(), order.closesAt(unpaidTimeout).map(Object::toString).orElse(null),
                MoneyJson.of(order.total()), order.lines().stream().map(LineJson::of).toList(),
                found.payments().stream().map(PaymentJson::of).toList(),
                found.price().map(PriceJson::of).orElse(null), found.pointsEarned());
    }

    record LineJson(String productId, String nameEn, String nameZh, String category, MoneyJson unitPrice,
                    int quantity, MoneyJson total) {

        static LineJson of(OrderLine line) {
            return new LineJson(line.productId().value(), line.nameEn(), line.nameZh(), line.category().name(),
                    MoneyJson.of(line.unitPrice()), line.quantity(), MoneyJson.of(line.total()));
        }
    }
}
