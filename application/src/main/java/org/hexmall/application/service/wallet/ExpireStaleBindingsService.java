package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.ExpireStaleBindings;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.wallet.shared.OwnedBinding;
import org.hexmall.domain.wallet.WalletBinding;

public final class ExpireStaleBindingsService implements ExpireStaleBindings {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ExpireStaleBindingsService(WalletBindings bindings, TransactionRunner transactions, Clock clock) {
        this.bindings = bindings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int expire() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            // "Before" is strict, and stores keep microseconds: one microsecond later includes a binding
            // that started exactly one completion window ago, which the domain already counts as expired.
            List<WalletBinding> stale = bindings.findPendingStartedBefore(
                    now.minus(WalletBinding.COMPLETION_WINDOW).plus(1, ChronoUnit.MICROS));
            int expired = 0;
            for (WalletBinding found : stale) {
                // Locked and read again: another node may have expired it, or the customer finished it, meanwhile.
                Optional<WalletBinding> locked = bindings.lockById(found.id());
                if (locked.isPresent() && OwnedBinding.expireIfStale(bindings, locked.get(), now)) {
                    expired++;
                }
            }
            return expired;
        });
    }
}
