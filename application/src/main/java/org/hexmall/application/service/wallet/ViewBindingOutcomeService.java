package org.hexmall.application.service.wallet;

import java.util.Optional;
import org.hexmall.application.port.in.wallet.ViewBindingOutcome;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.wallet.shared.OwnedBinding;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;

/** Reads one of the customer's bindings as it is stored; another customer's is as good as absent. */
public final class ViewBindingOutcomeService implements ViewBindingOutcome {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;

    public ViewBindingOutcomeService(WalletBindings bindings, TransactionRunner transactions) {
        this.bindings = bindings;
        this.transactions = transactions;
    }

    @Override
    public Optional<Outcome> view(CustomerId customer, BindingId binding) {
        return transactions.inTransaction(() -> OwnedBinding.find(bindings, customer, binding)
                .map(found -> new Outcome(found.id(), found.provider(), found.status(), found.failureReason())));
    }
}
