package org.hexmall.adapter.in.web.api;

import java.time.Duration;
import java.util.List;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;

/**
 * An order (订单) with the names and prices frozen when the cart was settled, and its payments so far.
 *
 * @param closesAt when the order closes if it is still unpaid; null once it is paid or closed
 */
record OrderJson(String id, String number, String status, String placedAt, String closesAt, MoneyJson total,
                 List<LineJson> lines, List<PaymentJson> payments) {

    static OrderJson of(Order order, List<PaymentView> payments, Duration unpaidTimeout) {
        return new OrderJson(order.id().toString(), order.number().value(), order.status().name(),
                order.placedAt().toString(), order.closesAt(unpaidTimeout).map(Object::toString).orElse(null),
                MoneyJson.of(order.total()), order.lines().stream().map(LineJson::of).toList(),
                payments.stream().map(PaymentJson::of).toList());
    }

    record LineJson(String productId, String nameEn, String nameZh, String category, MoneyJson unitPrice,
                    int quantity, MoneyJson total) {

        static LineJson of(OrderLine line) {
            return new LineJson(line.productId().value(), line.nameEn(), line.nameZh(), line.category().name(),
                    MoneyJson.of(line.unitPrice()), line.quantity(), MoneyJson.of(line.total()));
        }
    }
}
