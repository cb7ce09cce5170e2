package org.hexmall.application.port.in.wallet;

import java.util.List;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The customer's "Payment methods" page (支付方式): bound wallets, preferred first, and the wallets
 * the store knows about, supported or not.
 *
 * @param offersPreferredWallet whether the customer may bind several wallets and so marks one preferred
 */
public record PaymentMethods(List<BoundWallet> wallets, List<WalletProvider> knownProviders,
                             int maxWallets, boolean offersPreferredWallet) {

    public PaymentMethods {
        wallets = List.copyOf(wallets);
        knownProviders = List.copyOf(knownProviders);
    }
}
