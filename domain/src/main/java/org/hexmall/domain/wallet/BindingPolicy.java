package org.hexmall.domain.wallet;

import java.util.List;
import java.util.Optional;

/**
 * How many wallets a customer may have bound at once, and what binding one more means.
 * The store's default is one: a second wallet replaces the first, after the customer confirms.
 *
 * @param maxActiveWallets the most active bindings one customer may have
 */
public record BindingPolicy(int maxActiveWallets) {

    public static final BindingPolicy ONE_WALLET = new BindingPolicy(1);

    public BindingPolicy {
        if (maxActiveWallets < 1) {
            throw new IllegalArgumentException("a customer may bind at least one wallet");
        }
    }

    /**
     * What binding {@code account} at {@code provider} means, given the customer's bindings whatever their status.
     * Only active ones count: an ended binding whose agreement is still being cancelled at its provider takes no
     * place, since it can no longer pay.
     */
    public BindingDecision decide(List<WalletBinding> customersWallets, WalletProvider provider,
                                  WalletAccountIdentifier account) {
        return decide(customersWallets, provider, account, Optional.empty());
    }

    /**
     * As {@link #decide(List, WalletProvider, WalletAccountIdentifier)}, with the active binding the customer chose
     * to make room: when the limit is reached it is the one replaced, if it is still active, else the oldest. Every
     * active binding is offered as a choice, oldest first.
     */
    public BindingDecision decide(List<WalletBinding> customersWallets, WalletProvider provider,
                                  WalletAccountIdentifier account, Optional<BindingId> chosenToReplace) {
        List<WalletBinding> active = customersWallets.stream().filter(WalletBinding::isActive).toList();
        Optional<WalletBinding> same = active.stream()
                .filter(binding -> binding.provider() == provider && binding.account().equals(account))
                .findFirst();
        if (same.isPresent()) {
            return new BindingDecision.AlreadyBound(same.get());
        }
        if (active.size() < maxActiveWallets) {
            return new BindingDecision.Allowed(active.isEmpty());
        }
        // The customer chooses which active binding makes room, the oldest unless they chose; they confirm first.
        List<WalletBinding> oldestFirst = active.stream()
                .sorted((a, b) -> a.startedAt().compareTo(b.startedAt()))
                .toList();
        WalletBinding toReplace = chosenToReplace
                .flatMap(chosen -> oldestFirst.stream().filter(binding -> binding.id().equals(chosen)).findFirst())
                .orElse(oldestFirst.getFirst());
        return new BindingDecision.ReplacementRequired(toReplace, oldestFirst);
    }

    /** With one wallet allowed there is nothing to prefer; with more, the customer marks one. */
    public boolean offersPreferredWallet() {
        return maxActiveWallets > 1;
    }
}
