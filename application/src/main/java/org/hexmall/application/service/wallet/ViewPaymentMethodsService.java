package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.CancellingWallet;
import org.hexmall.application.port.in.wallet.PaymentMethods;
import org.hexmall.application.port.in.wallet.RevokedWallet;
import org.hexmall.application.port.in.wallet.ViewPaymentMethods;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingPolicy;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

public final class ViewPaymentMethodsService implements ViewPaymentMethods {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final BindingPolicy policy;
    private final Clock clock;

    public ViewPaymentMethodsService(WalletBindings bindings, TransactionRunner transactions, BindingPolicy policy,
                                     Clock clock) {
        this.bindings = bindings;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public PaymentMethods view(CustomerId customerId) {
        Instant noticeSince = clock.instant().minus(PaymentMethods.REVOKED_NOTICE_PERIOD);
        return transactions.inTransaction(() -> {
            List<WalletBinding> all = bindings.findByCustomer(customerId);
            return new PaymentMethods(
                    all.stream().filter(WalletBinding::isActive)
                            .map(BoundWallet::of)
                            .sorted(Comparator.comparing(BoundWallet::preferred).reversed()
                                    .thenComparing(BoundWallet::boundAt))
                            .toList(),
                    Arrays.asList(WalletProvider.values()),
                    policy.maxActiveWallets(),
                    policy.offersPreferredWallet(),
                    all.stream().filter(binding -> binding.status() == BindingStatus.REVOKED)
                            .map(binding -> new RevokedWallet(binding.provider(), binding.account().masked(),
                                    binding.history().getLast().at()))
                            .filter(revoked -> revoked.endedAt().isAfter(noticeSince))
                            .toList(),
                    all.stream().filter(WalletBinding::isCancellingAgreement)
                            .map(binding -> new CancellingWallet(binding.provider(), binding.account().masked()))
                            .toList());
        });
    }
}
