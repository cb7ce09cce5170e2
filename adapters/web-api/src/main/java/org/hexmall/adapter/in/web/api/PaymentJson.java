package org.hexmall.adapter.in.web.api;

import java.util.Locale;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;

/**
 * One attempt to pay an order.
 *
 * @param failureReason why it failed, as the same code the 402 problem carries; null unless it failed
 * @param redirectUrl   where the customer confirms it in the wallet app, while it waits for that; else null
 */
record PaymentJson(String id, String orderId, String orderNumber, String provider, MoneyJson amount, String status,
                   String failureReason, String createdAt, String redirectUrl, MoneyJson refunded) {

    static PaymentJson of(PaymentView payment) {
        return new PaymentJson(payment.id().toString(), payment.orderId().toString(), payment.orderNumber().value(),
                payment.provider().name(), MoneyJson.of(payment.amount()), payment.status().name(),
                payment.failureReason().map(PaymentJson::code).orElse(null), payment.createdAt().toString(),
                payment.status() == PaymentStatus.AWAITING_CONFIRMATION
                        ? payment.confirmationUrl().orElse(null) : null,
                MoneyJson.of(payment.refunded()));
    }

    /** {@code INSUFFICIENT_BALANCE} → {@code insufficient-balance}: the stable code of a failure reason. */
    static String code(PaymentFailureReason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
