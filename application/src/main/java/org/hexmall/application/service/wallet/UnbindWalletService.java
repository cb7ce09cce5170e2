package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.UnbindWallet;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.wallet.shared.AgreementCancellations;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.PreferredWallet;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * Ends the binding in one transaction, where it stops paying at once and its agreement is left to be cancelled; then,
 * with no transaction open, asks the provider to cancel the agreement, and records the answer. A provider that
 * cannot be reached now is asked again by the scheduled job.
 */
public final class UnbindWalletService implements UnbindWallet {

    private final WalletBindings bindings;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final AgreementCancellations agreements;
    private final Clock clock;

    public UnbindWalletService(WalletBindings bindings, SecurityEvents securityEvents, TransactionRunner transactions,
                               AgreementCancellations agreements, Clock clock) {
        this.bindings = bindings;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public boolean unbind(CustomerId customerId, BindingId bindingId) {
        Optional<WalletBinding> unbound = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            // Only the customer's own wallets are among them: another customer's binding is as good as absent.
            List<WalletBinding> wallets = bindings.findByCustomer(customerId);
            Optional<WalletBinding> found = wallets.stream()
                    .filter(binding -> binding.id().equals(bindingId))
                    .filter(WalletBinding::isActive)
                    .findFirst();
            found.ifPresent(binding -> {
                binding.unbind(now, Optional.empty());
                agreements.takeFirstAttempt(binding, now);
                bindings.update(binding);
                PreferredWallet.afterOneLeft(wallets).forEach(bindings::update);
                securityEvents.record(new SecurityEvent(customerId, now, SecurityEventKind.WALLET_UNBOUND,
                        SecurityEvent.Source.CUSTOMER, SecurityEvent.walletDetail(binding), ""));
            });
            return found;
        });
        unbound.ifPresent(agreements::askProvider);
        return unbound.isPresent();
    }
}
