package org.hexmall.simulator.wallet.payment;

import java.util.Locale;
import java.util.Set;
import org.hexmall.domain.payment.PaymentFailureReason;

/**
 * The reasons a simulated provider gives for a payment that failed, as its signed messages spell them:
 * {@code insufficient_balance}, {@code wrong_payment_password}, {@code payment_password_locked} and
 * {@code declined}. The store's other reasons (no binding, provider unreachable) are the store's own
 * findings, which no provider sends.
 */
final class PaymentFailureCodes {

    private static final Set<PaymentFailureReason> SENT_BY_PROVIDERS = Set.of(
            PaymentFailureReason.INSUFFICIENT_BALANCE, PaymentFailureReason.WRONG_PAYMENT_PASSWORD,
            PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, PaymentFailureReason.DECLINED);

    private PaymentFailureCodes() {
    }

    static String wireName(PaymentFailureReason reason) {
        if (!SENT_BY_PROVIDERS.contains(reason)) {
            throw new IllegalArgumentException("a provider never gives " + reason + " as a reason");
        }
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
