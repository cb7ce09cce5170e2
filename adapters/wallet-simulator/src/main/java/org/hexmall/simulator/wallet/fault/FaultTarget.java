package org.hexmall.simulator.wallet.fault;

import java.util.Objects;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * What an injected fault hits: a whole provider, or one account there.
 *
 * @param account the one account, or {@code null} for every account of the provider
 */
public record FaultTarget(WalletProvider provider, WalletAccountIdentifier account) {

    public FaultTarget {
        Objects.requireNonNull(provider, "provider");
    }

    public static FaultTarget wholeProvider(WalletProvider provider) {
        return new FaultTarget(provider, null);
    }

    public static FaultTarget account(WalletProvider provider, WalletAccountIdentifier account) {
        return new FaultTarget(provider, Objects.requireNonNull(account, "account"));
    }

    public boolean isWholeProvider() {
        return account == null;
    }
}
