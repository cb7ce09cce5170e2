package org.hexmall.application.port.in.wallet;

import java.time.Instant;
import org.hexmall.domain.wallet.WalletProvider;

/** A wallet the customer unbound inside the wallet app, so the store can tell them why it is gone. */
public record RevokedWallet(WalletProvider provider, String maskedAccount, Instant endedAt) {
}
