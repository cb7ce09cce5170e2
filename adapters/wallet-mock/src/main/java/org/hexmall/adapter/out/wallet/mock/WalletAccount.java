package org.hexmall.adapter.out.wallet.mock;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A wallet account at a simulated provider. The payment password and its lock are the provider's own: the
 * store never sees them.
 *
 * @param balanceFen             what the account holds, in fen (分)
 * @param failedPasswordAttempts wrong payment passwords in a row, which the provider's lock counts
 * @param lockedUntil            until when the provider refuses payments after too many wrong passwords;
 *                               {@code null} when it does not
 */
public record WalletAccount(WalletProvider provider, WalletAccountIdentifier identifier, String holderName,
                            long balanceFen, PaymentPasswordHash paymentPassword, int failedPasswordAttempts,
                            Instant lockedUntil) {

    public WalletAccount {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(paymentPassword, "paymentPassword");
        if (holderName == null || holderName.isBlank()) {
            throw new IllegalArgumentException("a wallet account has a holder name");
        }
        if (balanceFen < 0) {
            throw new IllegalArgumentException("a wallet balance is never negative");
        }
        if (failedPasswordAttempts < 0) {
            throw new IllegalArgumentException("failed password attempts are never negative");
        }
    }

    /** A newly opened account: no wrong passwords yet, not locked. */
    public static WalletAccount open(WalletProvider provider, WalletAccountIdentifier identifier, String holderName,
                                     long balanceFen, String paymentPassword) {
        return new WalletAccount(provider, identifier, holderName, balanceFen,
                PaymentPasswordHash.of(paymentPassword), 0, null);
    }

    /**
     * The holder's name as wallet apps show it to a merchant's customer: only the given name, or for a name
     * written without spaces (李雷) only its last character: {@code *雷}, {@code ** Lei}.
     */
    public String maskedHolderName() {
        String name = holderName.strip();
        int lastSpace = name.lastIndexOf(' ');
        int keepFrom = lastSpace >= 0 ? lastSpace + 1 : name.length() - 1;
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < keepFrom; i++) {
            masked.append(name.charAt(i) == ' ' ? ' ' : '*');
        }
        return masked.append(name.substring(keepFrom)).toString();
    }
}
