package org.hexmall.application.port.in.payment;

import java.util.Map;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The customer comes back from the wallet app with its signed result. The store believes it only after
 * checking the signature, that the payment is this customer's, and that the order number and amount are the
 * payment's. Coming back twice (a reloaded page) answers the same: a result applied again changes nothing.
 */
public interface CompletePayment {

    PaymentReturn complete(CustomerId customerId, WalletProvider provider, Map<String, String> parameters);
}
