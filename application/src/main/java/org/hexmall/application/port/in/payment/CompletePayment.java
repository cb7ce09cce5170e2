package org.hexmall.application.port.in.payment;

import java.util.Map;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The customer comes back from the wallet app with its signed result. The store believes it only after
 * checking the signature, its age, that the payment is this customer's, and that the order number and amount
 * are the payment's. Coming back twice (a reloaded page) answers the same.
 */
public interface CompletePayment {

    PaymentReturn complete(CustomerId customerId, WalletProvider provider, Map<String, String> parameters);
}
