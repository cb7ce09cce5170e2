package org.hexmall.application.port.in.payment;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;

/** A customer looks at one of their payments, such as the "confirming your payment" page refreshing. */
public interface ViewPayment {

    /** Empty when there is no such payment, or it pays another customer's order. */
    Optional<PaymentView> view(CustomerId customerId, PaymentId paymentId);
}
