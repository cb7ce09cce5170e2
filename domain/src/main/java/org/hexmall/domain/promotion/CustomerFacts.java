package org.hexmall.domain.promotion;

import java.util.Set;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * What pricing needs to know of the customer's history.
 *
 * @param walletsPaidWithBefore the wallets the customer has already paid the store with successfully
 * @param hasPaidBefore         whether the customer has ever paid the store
 * @param pointsBalance         the points the customer holds now
 */
public record CustomerFacts(Set<WalletProvider> walletsPaidWithBefore, boolean hasPaidBefore, long pointsBalance) {

    public CustomerFacts {
        walletsPaidWithBefore = Set.copyOf(walletsPaidWithBefore);
        if (pointsBalance < 0) {
            throw new IllegalArgumentException("a points balance is never negative");
        }
    }

    /** A customer who has never paid the store and holds no points. */
    public static CustomerFacts newCustomer() {
        return new CustomerFacts(Set.of(), false, 0);
    }
}
