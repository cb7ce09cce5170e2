package org.hexmall.application.port.in.wallet;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Where a binding the customer started stands, as the store recorded it: for the page the wallet app's answer leads
 * to, so that a reload or a change of language shows the same answer.
 */
public interface ViewBindingOutcome {

    /** Empty when the customer has no such binding. */
    Optional<Outcome> view(CustomerId customer, BindingId binding);

    /** The binding's wallet, its status, and why it failed, if it did. */
    record Outcome(BindingId binding, WalletProvider provider, BindingStatus status,
                   Optional<BindingFailureReason> failure) {
    }
}
