package org.hexmall.application.port.in.payment;

import java.util.Map;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;

/**
 * The customer comes back from the wallet app to the payment's return address with its signed result. The store
 * believes it only after checking the signature (with the key of the payment's provider), that the result names
 * this payment of this customer, and that its order number and amount are the payment's. Coming back twice (a
 * reloaded page) answers the same: a result applied again changes nothing.
 */
public interface CompletePayment {

    PaymentReturn complete(CustomerId customerId, PaymentId paymentId, Map<String, String> parameters);
}
