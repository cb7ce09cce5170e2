package org.hexmall.application.service.wallet;

import org.hexmall.application.port.in.wallet.SetPreferredWallet;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.PreferredWallet;

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
            return switch (PreferredWallet.choose(bindings.findByCustomer(customerId), bindingId)) {
                case PreferredWallet.Chosen chosen -> {
                    chosen.changed().forEach(bindings::update);
                    yield true;
                }
                case PreferredWallet.NotBound notBound -> false;
            };
        });
    }
}
