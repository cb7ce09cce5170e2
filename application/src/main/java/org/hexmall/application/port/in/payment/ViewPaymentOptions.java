package org.hexmall.application.port.in.payment;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;

/** The payment page: what the order costs and which bound wallets can pay it. */
public interface ViewPaymentOptions {

    /** Empty when there is no such order among the customer's. */
    Optional<PaymentOptions> options(CustomerId customerId, OrderId orderId);
}
