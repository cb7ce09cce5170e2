package org.hexmall.application.port.in.wallet;

import java.util.Map;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The customer comes back from the wallet app with its signed answer. The store trusts the answer only
 * after checking its signature, age, one-time nonce, and that the binding belongs to this customer.
 */
public interface CompleteWalletAuthorization {

    /**
     * @param clientAddress where the customer came back from, shown beside the binding in their activity ("" when
     *                      unknown)
     */
    AuthorizationCompletion complete(CustomerId customerId, WalletProvider provider, Map<String, String> parameters,
                                     String clientAddress);
}
