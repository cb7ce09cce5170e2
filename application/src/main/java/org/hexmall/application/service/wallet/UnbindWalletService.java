package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.UnbindWallet;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.PreferredWallet;
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
            // Only the customer's own wallets are among them: another customer's binding is as good as absent.
            List<WalletBinding> wallets = bindings.findByCustomer(customerId);
            Optional<WalletBinding> found = wallets.stream()
                    .filter(binding -> binding.id().equals(bindingId))
                    .filter(WalletBinding::isActive)
                    .findFirst();
            found.ifPresent(binding -> {
                binding.unbind(clock.instant(), Optional.empty());
                bindings.update(binding);
                PreferredWallet.afterOneLeft(wallets).forEach(bindings::update);
            });
            return found.isPresent();
        });
    }
}
