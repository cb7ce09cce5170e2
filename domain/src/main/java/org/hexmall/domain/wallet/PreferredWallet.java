package org.hexmall.domain.wallet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a customer's bound wallets is the preferred one, the one payments offer first: exactly one while any is
 * bound. Each rule takes the customer's bindings whatever their status, as the use case read them (only the active
 * ones count), marks the bindings it decides about, and answers which of them changed, for the caller to store.
 */
public final class PreferredWallet {

    private PreferredWallet() {
    }

    /** The customer's choice: the bindings whose mark changed, or that the wallet chosen is not bound. */
    public sealed interface Choice {
    }

    /** The chosen wallet is preferred now and no other is; {@code changed} are the bindings to store. */
    public record Chosen(List<WalletBinding> changed) implements Choice {
        public Chosen {
            changed = List.copyOf(changed);
        }
    }

    /** The wallet chosen is not one of the customer's bound wallets (any more): nothing changed. */
    public record NotBound() implements Choice {
    }

    /**
     * Whether a wallet being bound becomes the preferred one: when it will be the only bound wallet, or when it
     * takes the place of the preferred one. Ask before the replaced binding ends, which takes its mark away.
     *
     * @param replaced the binding the new wallet replaces, if it replaces one
     */
    public static boolean forNewWallet(List<WalletBinding> customersWallets, Optional<WalletBinding> replaced) {
        List<WalletBinding> bound = bound(customersWallets);
        boolean noOtherLeft = bound.stream()
                .allMatch(binding -> replaced.map(old -> old.id().equals(binding.id())).orElse(false));
        return noOtherLeft || replaced.map(WalletBinding::isPreferred).orElse(false);
    }

    /**
     * After a wallet left (unbound by the customer or an agent, replaced, revoked in the wallet app): when none of
     * those still bound is preferred, the one whose binding started last becomes preferred.
     *
     * @return the binding marked preferred, if one was
     */
    public static List<WalletBinding> afterOneLeft(List<WalletBinding> customersWallets) {
        List<WalletBinding> bound = bound(customersWallets);
        if (bound.stream().anyMatch(WalletBinding::isPreferred)) {
            return List.of();
        }
        // On a tie (never seen: one phone gets one code a minute), the one listed first.
        Optional<WalletBinding> newest = bound.stream().max(Comparator.comparing(WalletBinding::startedAt));
        newest.ifPresent(binding -> binding.markPreferred(true));
        return newest.stream().toList();
    }

    /** The customer makes one of their bound wallets the preferred one. */
    public static Choice choose(List<WalletBinding> customersWallets, BindingId chosen) {
        Objects.requireNonNull(chosen, "chosen");
        List<WalletBinding> bound = bound(customersWallets);
        if (bound.stream().noneMatch(binding -> binding.id().equals(chosen))) {
            return new NotBound();
        }
        List<WalletBinding> changed = new ArrayList<>();
        for (WalletBinding binding : bound) {
            boolean isChosen = binding.id().equals(chosen);
            if (binding.isPreferred() != isChosen) {
                binding.markPreferred(isChosen);
                changed.add(binding);
            }
        }
        return new Chosen(changed);
    }

    private static List<WalletBinding> bound(List<WalletBinding> customersWallets) {
        return customersWallets.stream().filter(WalletBinding::isActive).toList();
    }
}
