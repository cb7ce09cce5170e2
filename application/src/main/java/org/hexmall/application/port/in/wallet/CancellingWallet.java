package org.hexmall.application.port.in.wallet;

import org.hexmall.domain.wallet.WalletProvider;

/**
 * A wallet the customer unbound (or replaced, or an agent unbound) in hexmall, whose provider has yet to confirm that
 * it cancelled hexmall's authorization: it can no longer pay, but the wallet app may still list hexmall until then.
 */
public record CancellingWallet(WalletProvider provider, String maskedAccount) {
}
