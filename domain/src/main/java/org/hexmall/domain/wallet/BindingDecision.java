package org.hexmall.domain.wallet;

import java.util.List;

/** The answer of the {@link BindingPolicy} to "may I bind this wallet?". */
public sealed interface BindingDecision {

    /** Binding may go ahead; {@code asPreferred} when it will be the customer's only wallet. */
    record Allowed(boolean asPreferred) implements BindingDecision {
    }

    /**
     * The limit is reached: binding means replacing {@code toReplace}, which the customer must confirm, or another
     * of {@code choices}, the active bindings oldest first, if they choose it.
     */
    record ReplacementRequired(WalletBinding toReplace, List<WalletBinding> choices) implements BindingDecision {

        public ReplacementRequired {
            choices = List.copyOf(choices);
        }

        /** Only {@code toReplace} can make room. */
        public ReplacementRequired(WalletBinding toReplace) {
            this(toReplace, List.of(toReplace));
        }
    }

    /** This very account is bound already. */
    record AlreadyBound(WalletBinding binding) implements BindingDecision {
    }
}
