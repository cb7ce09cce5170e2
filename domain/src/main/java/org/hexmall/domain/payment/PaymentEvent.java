package org.hexmall.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a payment's timeline, as the agent console lists it: a move to a new status, or
 * something that happened on the way (a wrong password, a duplicate notification ignored).
 *
 * @param detail a failure reason's name or a short description of what happened
 */
public record PaymentEvent(Instant at, PaymentStatus status, Optional<String> detail) {

    public PaymentEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
