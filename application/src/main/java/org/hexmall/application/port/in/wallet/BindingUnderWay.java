package org.hexmall.application.port.in.wallet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A binding the customer started and can still finish: where it waits, what stopped it there if something did, and
 * until when it stays open. Going on with it costs no new binding, which the risk rules would count.
 *
 * @param step     where it waits: for the verification code, or for the customer's confirmation in the wallet app
 * @param trouble  the problem noted at that step that the customer has yet to get past (a code typed wrong too often,
 *                 a provider that could not be reached)
 * @param finishBy when it expires unless finished
 */
public record BindingUnderWay(BindingId id, WalletProvider provider, String maskedAccount, BindingStatus step,
                              Optional<BindingFailureReason> trouble, Instant finishBy) {

    public BindingUnderWay {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(maskedAccount, "maskedAccount");
        if (!step.isPending()) {
            throw new IllegalArgumentException("a binding under way waits at a step: " + step);
        }
        Objects.requireNonNull(trouble, "trouble");
        Objects.requireNonNull(finishBy, "finishBy");
    }
}
