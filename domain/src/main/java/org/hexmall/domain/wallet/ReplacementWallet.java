package org.hexmall.domain.wallet;

import java.util.Objects;

/**
 * The wallet a customer asked to bind in place of one they have, as they typed it: kept with the re-confirmation the
 * replacement waits for, so that the binding goes on with it once the current wallet is re-confirmed.
 */
public record ReplacementWallet(WalletProvider provider, WalletAccountIdentifier account) {

    public ReplacementWallet {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(account, "account");
    }

    /** Never the full account: it is a customer's secret, kept out of logs. */
    @Override
    public String toString() {
        return "ReplacementWallet[" + provider + ", " + account.masked() + "]";
    }
}
