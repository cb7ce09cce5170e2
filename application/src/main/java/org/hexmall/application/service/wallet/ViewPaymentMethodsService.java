package org.hexmall.application.service.wallet;

import java.util.Arrays;
import java.util.Comparator;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.PaymentMethods;
import org.hexmall.application.port.in.wallet.ViewPaymentMethods;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingPolicy;
import org.hexmall.domain.wallet.WalletProvider;

public final class ViewPaymentMethodsService implements ViewPaymentMethods {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final BindingPolicy policy;

    public ViewPaymentMethodsService(WalletBindings bindings, TransactionRunner transactions, BindingPolicy policy) {
        this.bindings = bindings;
        this.transactions = transactions;
        this.policy = policy;
    }

    @Override
    public PaymentMethods view(CustomerId customerId) {
        return transactions.inTransaction(() -> new PaymentMethods(
                ActiveBindings.of(bindings, customerId).stream()
                        .map(BoundWallet::of)
                        .sorted(Comparator.comparing(BoundWallet::preferred).reversed()
                                .thenComparing(BoundWallet::boundAt))
                        .toList(),
                Arrays.asList(WalletProvider.values()),
                policy.maxActiveWallets(),
                policy.offersPreferredWallet()));
    }
}
