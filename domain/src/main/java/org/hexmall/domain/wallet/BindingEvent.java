package org.hexmall.domain.wallet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a binding's history, as the agent console lists it: a move to a new status, a problem noted while
 * the status stayed the same, or, once the binding has ended, a step of its agreement's cancellation at the provider.
 *
 * @param status       the binding's status after the step
 * @param reason       why, when the step has a reason (a failure, an agent's note)
 * @param cancellation where the agreement's cancellation stands after the step, for the steps that concern it
 */
public record BindingEvent(Instant at, BindingStatus status, Optional<String> reason,
                           Optional<AgreementCancellation> cancellation) {

    public BindingEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** A step of the binding itself, not of its agreement's cancellation. */
    public BindingEvent(Instant at, BindingStatus status, Optional<String> reason) {
        this(at, status, reason, Optional.empty());
    }

    /** True for a step of the agreement's cancellation at the provider. */
    public boolean concernsCancellation() {
        return cancellation.isPresent();
    }
}
