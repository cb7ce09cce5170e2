package org.hexmall.domain.wallet;

/** The answer of the {@link BindingPolicy} to "may I bind this wallet?". */
public sealed interface BindingDecision {

    /** Binding may go ahead; {@code asPreferred} when it will be the customer's only wallet. */
    record Allowed(boolean asPreferred) implements BindingDecision {
    }

    /** The limit is reached: binding means replacing this binding, which the customer must confirm. */
    record ReplacementRequired(WalletBinding toReplace) implements BindingDecision {
    }

    /** This very account is bound already. */
    record AlreadyBound(WalletBinding binding) implements BindingDecision {
    }
}
