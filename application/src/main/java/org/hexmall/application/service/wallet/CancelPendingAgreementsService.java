package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.CancelPendingAgreements;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.wallet.shared.AgreementCancellations;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * Asks the providers again about every cancellation that is due, one binding at a time: each attempt is taken under
 * the binding's lock, so a binding another server is working on is left to it, and the provider is asked with no
 * transaction open.
 */
public final class CancelPendingAgreementsService implements CancelPendingAgreements {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final AgreementCancellations agreements;
    private final Clock clock;

    public CancelPendingAgreementsService(WalletBindings bindings, TransactionRunner transactions,
                                          AgreementCancellations agreements, Clock clock) {
        this.bindings = bindings;
        this.transactions = transactions;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public int cancelPending() {
        Instant now = clock.instant();
        List<WalletBinding> due = transactions.withoutTransaction(() -> bindings.findCancellationsDue(now));
        int over = 0;
        for (WalletBinding binding : due) {
            Optional<WalletBinding> taken = transactions.inTransaction(
                    () -> agreements.takeDueAttempt(binding.id(), now));
            if (taken.isPresent() && agreements.askProvider(taken.get())) {
                over++;
            }
        }
        return over;
    }
}
