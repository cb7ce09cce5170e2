package org.hexmall.simulator.wallet.agreement;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * What a simulated provider grants when its customer approves a binding: hexmall may use the account, and
 * refers to it by the token. The customer can cancel it inside the wallet app at any time.
 *
 * @param cancelledAt {@code null} while the agreement is active
 */
public record Agreement(String token, WalletProvider provider, WalletAccountIdentifier account, Status status,
                        Instant signedAt, Instant cancelledAt) {

    public enum Status { ACTIVE, CANCELLED }

    public Agreement {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    /** A newly signed agreement. */
    public static Agreement signed(String token, WalletProvider provider, WalletAccountIdentifier account,
                                   Instant signedAt) {
        return new Agreement(token, provider, account, Status.ACTIVE, signedAt, null);
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
