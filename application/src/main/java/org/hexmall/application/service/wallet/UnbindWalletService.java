package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.UnbindWallet;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.wallet.shared.ActiveBindings;
import org.hexmall.application.service.wallet.shared.OwnedBinding;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;

public final class UnbindWalletService implements UnbindWallet {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final Clock clock;

    public UnbindWalletService(WalletBindings bindings, TransactionRunner transactions, Clock clock) {
        this.bindings = bindings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean unbind(CustomerId customerId, BindingId bindingId) {
        return transactions.inTransaction(() -> {
            Optional<WalletBinding> found = OwnedBinding.find(bindings, customerId, bindingId)
                    .filter(WalletBinding::isActive);
            found.ifPresent(binding -> {
                binding.unbind(clock.instant(), Optional.empty());
                bindings.update(binding);
                ActiveBindings.keepOnePreferred(bindings, customerId);
            });
            return found.isPresent();
        });
    }
}
