package org.hexmall.application.service.wallet;

import java.util.List;
import org.hexmall.application.port.in.wallet.SetPreferredWallet;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.wallet.shared.ActiveBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;

public final class SetPreferredWalletService implements SetPreferredWallet {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;

    public SetPreferredWalletService(WalletBindings bindings, TransactionRunner transactions) {
        this.bindings = bindings;
        this.transactions = transactions;
    }

    @Override
    public boolean prefer(CustomerId customerId, BindingId bindingId) {
        return transactions.inTransaction(() -> {
            List<WalletBinding> active = ActiveBindings.of(bindings, customerId);
            if (active.stream().noneMatch(binding -> binding.id().equals(bindingId))) {
                return false;
            }
            // Exactly one preferred wallet: the chosen one.
            for (WalletBinding binding : active) {
                boolean chosen = binding.id().equals(bindingId);
                if (binding.isPreferred() != chosen) {
                    binding.markPreferred(chosen);
                    bindings.update(binding);
                }
            }
            return true;
        });
    }
}
