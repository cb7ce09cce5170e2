package org.hexmall.domain.payment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * Which of the customer's wallets pays: the one the customer chose, else the preferred one, else the only one.
 * Only a bound wallet with an agreement at its provider can pay.
 */
public final class PayingWallet {

    private PayingWallet() {
    }

    /** The wallet that pays, or why none can. */
    public sealed interface Choice {
    }

    public record Pay(WalletBinding wallet) implements Choice {
        public Pay {
            Objects.requireNonNull(wallet, "wallet");
        }
    }

    public record NoWallet(Why why) implements Choice {
        public NoWallet {
            Objects.requireNonNull(why, "why");
        }
    }

    /** Why no wallet can pay. */
    public enum Why {
        /** The customer has no bound wallet. */
        NONE_BOUND,
        /** The wallet the customer chose is not one of their bound wallets (any more). */
        CHOSEN_NOT_BOUND,
        /** Several wallets are bound and none is preferred: the customer must choose. */
        NONE_CHOSEN
    }

    /**
     * @param customersWallets the customer's bindings, whatever their status
     * @param chosen           the wallet the customer picked, if they picked one
     */
    public static Choice choose(List<WalletBinding> customersWallets, Optional<BindingId> chosen) {
        List<WalletBinding> canPay = customersWallets.stream()
                .filter(WalletBinding::isActive)
                .filter(binding -> binding.agreementToken().isPresent())
                .toList();
        if (chosen.isPresent()) {
            return canPay.stream()
                    .filter(binding -> binding.id().equals(chosen.get()))
                    .findFirst()
                    .<Choice>map(Pay::new)
                    .orElseGet(() -> new NoWallet(Why.CHOSEN_NOT_BOUND));
        }
        if (canPay.isEmpty()) {
            return new NoWallet(Why.NONE_BOUND);
        }
        Optional<WalletBinding> preferred = canPay.stream().filter(WalletBinding::isPreferred).findFirst();
        if (preferred.isPresent()) {
            return new Pay(preferred.get());
        }
        return canPay.size() == 1 ? new Pay(canPay.getFirst()) : new NoWallet(Why.NONE_CHOSEN);
    }

    /** The wallet a payment page offers first: the one that would pay if the customer chose none. */
    public static Optional<WalletBinding> preselected(List<WalletBinding> customersWallets) {
        return choose(customersWallets, Optional.empty()) instanceof Pay pay ? Optional.of(pay.wallet())
                : Optional.empty();
    }
}
