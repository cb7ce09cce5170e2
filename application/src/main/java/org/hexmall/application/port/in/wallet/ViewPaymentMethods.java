package org.hexmall.application.port.in.wallet;

import org.hexmall.domain.account.CustomerId;

/** A customer opens Account &amp; security → Payment methods. */
public interface ViewPaymentMethods {

    PaymentMethods view(CustomerId customerId);
}
