package org.hexmall.application.port.in.wallet;

import java.net.URI;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;

/**
 * After the right code, the store asks the wallet provider to let the customer confirm in the wallet
 * app. If the provider cannot be reached, the customer retries this step without starting over.
 *
 * @see WalletAuthorization
 */
public interface OpenWalletAuthorization {

    /** @param returnUrl where the wallet app sends the customer back with its signed answer */
    WalletAuthorization open(CustomerId customerId, BindingId bindingId, URI returnUrl);
}
