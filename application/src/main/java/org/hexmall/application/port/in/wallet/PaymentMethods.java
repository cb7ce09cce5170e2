package org.hexmall.application.port.in.wallet;

import java.time.Duration;
import java.util.List;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The customer's "Payment methods" page (支付方式): bound wallets, preferred first, and the wallets
 * the store knows about, supported or not.
 *
 * @param offersPreferredWallet whether the customer may bind several wallets and so marks one preferred
 * @param recentlyRevoked       wallets unbound inside the wallet app lately, newest first
 * @param cancelling            wallets unbound in hexmall whose provider has yet to cancel the authorization,
 *                              newest first
 */
public record PaymentMethods(List<BoundWallet> wallets, List<WalletProvider> knownProviders,
                             int maxWallets, boolean offersPreferredWallet, List<RevokedWallet> recentlyRevoked,
                             List<CancellingWallet> cancelling) {

    /** How long the page mentions a wallet that was unbound in the wallet app. */
    public static final Duration REVOKED_NOTICE_PERIOD = Duration.ofDays(30);

    public PaymentMethods {
        wallets = List.copyOf(wallets);
        knownProviders = List.copyOf(knownProviders);
        recentlyRevoked = List.copyOf(recentlyRevoked);
        cancelling = List.copyOf(cancelling);
    }
}
