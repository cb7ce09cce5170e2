package org.hexmall.application.port.in.wallet;

import java.util.Map;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.WalletProvider;

/** Takes the wallet app's signed answer to a request to re-confirm a wallet on a new device. */
public interface CompleteWalletReconfirmation {

    /**
     * @param parameters    the query the wallet app sent the browser back with, signature included
     * @param clientAddress where the customer came back from, shown beside the re-confirmation in their activity
     *                      ("" when unknown)
     */
    ReconfirmationResult complete(CustomerId customerId, WalletProvider provider, Map<String, String> parameters,
                                  String clientAddress);
}
