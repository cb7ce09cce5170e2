package org.hexmall.application.port.in.wallet;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.PendingReplacementId;

/** How a request to bind a wallet ended. */
public sealed interface BindingStart {

    /** The reason code of a binding the risk rules refused. */
    String RISK_HOLD = "risk-hold";

    /** The reason code of a binding refused because an earlier block still holds the account's paying and binding. */
    String RISK_HELD = "risk-held";

    /** A code went to the customer's registered phone; another may be requested from {@code resendAt}. */
    record CodeSent(BindingId bindingId, String maskedPhone, Instant resendAt) implements BindingStart {
    }

    /**
     * The wallet limit is reached: binding this one replaces {@code current}, once the customer confirms, or another
     * of {@code choices} (every bound wallet, oldest first), if they choose it. The wallet typed is {@code kept} for
     * a few minutes while they answer ({@link StartWalletBinding#keptReplacement}).
     */
    record ReplacementRequired(BoundWallet current, List<BoundWallet> choices, PendingReplacementId kept)
            implements BindingStart {

        public ReplacementRequired {
            choices = List.copyOf(choices);
            Objects.requireNonNull(kept, "kept");
        }
    }

    /** This very account is bound already. */
    record AlreadyBound(BoundWallet wallet) implements BindingStart {
    }

    /**
     * The account's security settings forbid binding now; {@code reasonCode} says which (e.g. frozen, or
     * {@value #RISK_HOLD} when the risk rules refused it and held it for customer service).
     */
    record NotAllowed(String reasonCode) implements BindingStart {
    }

    /** A code was sent less than a minute ago: ask again from {@code retryAt}. */
    record TooSoon(Instant retryAt) implements BindingStart {
    }

    /** The phone has received as many codes today as it may. */
    record DailyLimitReached() implements BindingStart {
    }

    /**
     * The risk rules ask the customer to prove it is them first, with {@code factor}; nothing started yet. The
     * {@code alert} raised on it is where the outcome of the check is recorded.
     */
    record VerificationRequired(StepUpFactor factor, RiskAlertId alert) implements BindingStart {
    }

    /**
     * The new wallet replaces the current one, from a device trusted only recently: send the customer to the current
     * wallet's app to re-confirm it first; nothing started yet. Once they approve, they add the new wallet again.
     */
    record ReconfirmFirst(URI walletPage) implements BindingStart {
    }

    /** The current wallet must be re-confirmed first and its app cannot be reached: nothing started. */
    record ReconfirmationUnavailable() implements BindingStart {
    }
}
