package org.hexmall.application.port.in.wallet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The customer's latest binding, when it ended without binding the wallet: at which step, and why, so that the page
 * can say what to do next.
 *
 * @param step    the step it stopped at: the verification code, or the wallet app
 * @param reason  why it failed, or the problem it expired after; empty for one simply not finished in time
 * @param expired it was not finished in time, rather than refused
 * @param endedAt when it failed, or ran out of time
 */
public record StoppedBinding(WalletProvider provider, String maskedAccount, BindingStatus step,
                             Optional<BindingFailureReason> reason, boolean expired, Instant endedAt) {

    public StoppedBinding {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(maskedAccount, "maskedAccount");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(endedAt, "endedAt");
    }
}
