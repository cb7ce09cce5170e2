package org.hexmall.application.port.in.wallet;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.PendingReplacementId;

/** A customer adds a payment method: chooses a wallet, types its account, and is sent a verification code. */
public interface StartWalletBinding {

    BindingStart start(StartBindingCommand command);

    /**
     * The wallet the customer typed while their wallets were at the limit, still kept, with the question it asks:
     * which wallet it replaces. Empty once it is no longer kept, or if the limit no longer asks (a wallet was unbound
     * meanwhile): the customer then types the account again.
     */
    Optional<KeptReplacement> keptReplacement(CustomerId customer, PendingReplacementId id);
}
