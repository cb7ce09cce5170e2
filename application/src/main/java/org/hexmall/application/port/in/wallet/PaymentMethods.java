package org.hexmall.application.port.in.wallet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The customer's "Payment methods" page (支付方式): bound wallets, preferred first, and the wallets
 * the store knows about, supported or not; where the customer's bindings stand ("check the binding status"): those
 * still under way, which they can go on with, and the latest, when it did not go through.
 *
 * @param offersPreferredWallet whether the customer may bind several wallets and so marks one preferred
 * @param recentlyRevoked       wallets unbound inside the wallet app lately, newest first
 * @param cancelling            wallets unbound in hexmall whose provider has yet to cancel the authorization,
 *                              newest first
 * @param underWay              bindings started and not yet finished, which the customer can go on with, newest
 *                              first
 * @param lastStopped           the customer's latest binding, when it failed or expired lately
 */
public record PaymentMethods(List<BoundWallet> wallets, List<WalletProvider> knownProviders,
                             int maxWallets, boolean offersPreferredWallet, List<RevokedWallet> recentlyRevoked,
                             List<CancellingWallet> cancelling, List<BindingUnderWay> underWay,
                             Optional<StoppedBinding> lastStopped) {

    /** How long the page mentions a wallet that was unbound in the wallet app. */
    public static final Duration REVOKED_NOTICE_PERIOD = Duration.ofDays(30);
    /** How long the page mentions a binding that did not go through: while the customer may still be trying. */
    public static final Duration STOPPED_NOTICE_PERIOD = Duration.ofDays(7);

    public PaymentMethods {
        wallets = List.copyOf(wallets);
        knownProviders = List.copyOf(knownProviders);
        recentlyRevoked = List.copyOf(recentlyRevoked);
        cancelling = List.copyOf(cancelling);
        underWay = List.copyOf(underWay);
        Objects.requireNonNull(lastStopped, "lastStopped");
    }
}
