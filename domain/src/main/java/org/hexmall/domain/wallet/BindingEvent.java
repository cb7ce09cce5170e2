package org.hexmall.domain.wallet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a binding's history, as the agent console lists it: a move to a new status, or a
 * problem noted while the status stayed the same.
 *
 * @param status the binding's status after the step
 * @param reason why, when the move has a reason (a failure, an agent's note)
 */
public record BindingEvent(Instant at, BindingStatus status, Optional<String> reason) {

    public BindingEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
