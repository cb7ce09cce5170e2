package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BindingUnderWay;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.CancellingWallet;
import org.hexmall.application.port.in.wallet.PaymentMethods;
import org.hexmall.application.port.in.wallet.RevokedWallet;
import org.hexmall.application.port.in.wallet.StoppedBinding;
import org.hexmall.application.port.in.wallet.ViewPaymentMethods;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingPolicy;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Reads the page from the customer's bindings, read once with their histories: what is bound, what is being unbound,
 * and where the bindings under way and the latest one stand.
 */
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
        Instant now = clock.instant();
        Instant noticeSince = now.minus(PaymentMethods.REVOKED_NOTICE_PERIOD);
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
                            .toList(),
                    all.stream().filter(binding -> binding.status().isPending() && !binding.hasExpiredAt(now))
                            .map(binding -> new BindingUnderWay(binding.id(), binding.provider(),
                                    binding.account().masked(), binding.status(), binding.troubleAtThisStep(),
                                    binding.startedAt().plus(WalletBinding.COMPLETION_WINDOW)))
                            .toList(),
                    all.stream().findFirst().flatMap(latest -> stopped(latest, now))
                            .filter(stopped -> stopped.endedAt().isAfter(
                                    now.minus(PaymentMethods.STOPPED_NOTICE_PERIOD))));
        });
    }

    /** The binding, if it ended without binding the wallet: failed, expired, or over though not yet expired. */
    private static Optional<StoppedBinding> stopped(WalletBinding binding, Instant now) {
        if (binding.status().isPending()) {
            // Its time is over, though housekeeping has yet to expire it: the customer's next step would find it so.
            return binding.hasExpiredAt(now) ? Optional.of(new StoppedBinding(binding.provider(),
                    binding.account().masked(), binding.status(), binding.troubleAtThisStep(), true,
                    binding.startedAt().plus(WalletBinding.COMPLETION_WINDOW))) : Optional.empty();
        }
        if (binding.status() != BindingStatus.FAILED && binding.status() != BindingStatus.EXPIRED) {
            return Optional.empty();
        }
        List<BindingEvent> history = binding.history();
        BindingStatus step = history.size() > 1 ? history.get(history.size() - 2).status() : BindingStatus.CODE_SENT;
        return Optional.of(new StoppedBinding(binding.provider(), binding.account().masked(), step,
                binding.failureReason(), binding.status() == BindingStatus.EXPIRED, history.getLast().at()));
    }
}
