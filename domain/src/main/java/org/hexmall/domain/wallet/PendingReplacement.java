package org.hexmall.domain.wallet;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.account.CustomerId;

/**
 * A wallet a customer typed to bind while their wallets are at the limit, kept for a short while as they decide
 * whether it replaces one of theirs: the question's page names it masked, and their answer goes on with it, so the
 * full account never travels in an address or a page.
 *
 * @param keptUntil after it, the wallet is no longer kept and the customer types it again
 */
public record PendingReplacement(PendingReplacementId id, CustomerId customerId, ReplacementWallet wallet,
                                 Instant keptUntil) {

    /** Long enough to read the question and answer it; short, since it keeps a customer's account. */
    public static final Duration KEPT_FOR = Duration.ofMinutes(10);

    public PendingReplacement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(keptUntil, "keptUntil");
    }

    /** The wallet {@code customerId} typed at {@code now}, kept for {@link #KEPT_FOR}. */
    public static PendingReplacement typed(PendingReplacementId id, CustomerId customerId, ReplacementWallet wallet,
                                           Instant now) {
        return new PendingReplacement(id, customerId, wallet, now.plus(KEPT_FOR));
    }

    public boolean isKeptAt(Instant now) {
        return now.isBefore(keptUntil);
    }
}
