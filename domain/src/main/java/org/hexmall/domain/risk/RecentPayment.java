package org.hexmall.domain.risk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/** One of a customer's recent payments, as an agent scans them beside an alert. */
public record RecentPayment(PaymentId id, OrderNumber orderNumber, WalletProvider provider, Money amount,
                            PaymentStatus status, Optional<PaymentFailureReason> failureReason, Instant createdAt) {

    public RecentPayment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
