package org.hexmall.adapter.in.web.api;

import java.util.Locale;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.PricedPayment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.promotion.PriceBreakdown;

/**
 * One attempt to pay an order.
 *
 * @param outcome       what really became of it, in the one word the store's pages and the console use too: its
 *                      status; {@code REFUNDED} once all it charged went back; {@code WALLET_UNBOUND} or
 *                      {@code ACCOUNT_FROZEN} when the store closed it because its wallet was unbound or the account
 *                      frozen while it waited
 * @param failureReason why it failed, as the same code the 402 problem carries; null unless it failed
 * @param redirectUrl   where the customer confirms it in the wallet app, while it waits for that; else null
 * @param price         the price frozen on it when it started, on {@code GET /payments/{id}}; null elsewhere and for
 *                      a payment started before prices were frozen
 */
record PaymentJson(String id, String orderId, String orderNumber, String provider, MoneyJson amount, String status,
                   String outcome, String failureReason, String createdAt, String redirectUrl, MoneyJson refunded,
                   PriceJson price) {

    /** A payment as a list of an order's payments shows it, without its price (the order carries that). */
    static PaymentJson of(PaymentView payment) {
        return of(payment, Optional.empty());
    }

    /** A payment as {@code GET /payments/{id}} shows it, with the price frozen on it when it started. */
    static PaymentJson of(PricedPayment priced) {
        return of(priced.payment(), priced.price());
    }

    private static PaymentJson of(PaymentView payment, Optional<PriceBreakdown> price) {
        return new PaymentJson(payment.id().toString(), payment.orderId().toString(), payment.orderNumber().value(),
                payment.provider().name(), MoneyJson.of(payment.amount()), payment.status().name(),
                payment.lastWord(), payment.failureReason().map(PaymentJson::code).orElse(null),
                payment.createdAt().toString(),
                payment.status() == PaymentStatus.AWAITING_CONFIRMATION
                        ? payment.confirmationUrl().orElse(null) : null,
                MoneyJson.of(payment.refunded()), price.map(PriceJson::of).orElse(null));
    }

    /** {@code INSUFFICIENT_BALANCE} → {@code insufficient-balance}: the stable code of a failure reason. */
    static String code(PaymentFailureReason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
