package org.hexmall.adapter.out.persistence.jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;

/** One row of {@code payments}: a payment without its refunds and timeline, which live in other tables. */
record PaymentRow(PaymentId id, OrderId orderId, OrderNumber orderNumber, CustomerId customerId, BindingId bindingId,
                  WalletProvider provider, Money amount, PaymentStatus status,
                  Optional<PaymentFailureReason> failureReason, Optional<String> providerTransaction,
                  Optional<String> confirmationUrl, boolean refundDue, Optional<Instant> passwordLockedUntil) {

    Payment with(List<Refund> refunds, List<PaymentEvent> timeline) {
        return Payment.reconstitute(id, orderId, orderNumber, customerId, bindingId, provider, amount, status,
                failureReason, passwordLockedUntil, providerTransaction, confirmationUrl, refundDue, refunds,
                timeline);
    }
}
