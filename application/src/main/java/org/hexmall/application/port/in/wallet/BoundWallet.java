package org.hexmall.application.port.in.wallet;

import java.time.Instant;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/** An active wallet binding as the customer sees it: the account identifier only ever masked. */
public record BoundWallet(BindingId id, WalletProvider provider, String maskedAccount, boolean preferred,
                          Instant boundAt) {

    public static BoundWallet of(WalletBinding binding) {
        return new BoundWallet(binding.id(), binding.provider(), binding.account().masked(), binding.isPreferred(),
                binding.boundAt().orElse(binding.startedAt()));
    }
}
