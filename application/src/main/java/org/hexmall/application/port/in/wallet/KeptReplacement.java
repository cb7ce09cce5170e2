package org.hexmall.application.port.in.wallet;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.wallet.ReplacementWallet;

/**
 * A wallet the customer typed to bind while their wallets are at the limit, kept while they answer: {@code wallet}
 * (whose account the pages only ever show masked) replaces {@code current}, or another of {@code choices}.
 */
public record KeptReplacement(ReplacementWallet wallet, BoundWallet current, List<BoundWallet> choices) {

    public KeptReplacement {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(current, "current");
        choices = List.copyOf(choices);
    }
}
