package org.hexmall.application.port.out.wallet;

import java.util.Objects;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A request to give money back from a payment. The provider refunds each {@code refundNumber} once:
 * asking again with the same number answers the first result and moves no more money.
 */
public record RefundRequest(WalletProvider provider, PaymentId payment, String refundNumber, Money amount) {

    public RefundRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(refundNumber, "refundNumber");
        Objects.requireNonNull(amount, "amount");
    }
}
