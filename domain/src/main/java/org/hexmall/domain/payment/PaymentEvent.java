package org.hexmall.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a payment's timeline, as the agent console lists it: a move to a new status ({@link Moved}), or
 * something that happened on the way without changing it ({@link Noted}), such as a wrong password or a
 * duplicate notification.
 */
public sealed interface PaymentEvent {

    Instant at();

    /** The payment's status once this step had happened. */
    PaymentStatus status();

    /** True when this step is that note. */
    default boolean is(PaymentNote note) {
        return this instanceof Noted noted && noted.note() == note;
    }

    static PaymentEvent moved(Instant at, PaymentStatus status) {
        return new Moved(at, status, Optional.empty());
    }

    static PaymentEvent failed(Instant at, PaymentFailureReason reason) {
        return new Moved(at, PaymentStatus.FAILED, Optional.of(reason));
    }

    static PaymentEvent noted(Instant at, PaymentStatus status, PaymentNote note) {
        return new Noted(at, status, note);
    }

    /**
     * The payment moved to {@code status}.
     *
     * @param reason why it failed, on a move to {@link PaymentStatus#FAILED}; empty on any other move
     */
    record Moved(Instant at, PaymentStatus status, Optional<PaymentFailureReason> reason) implements PaymentEvent {
        public Moved {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            if (reason.isPresent() != (status == PaymentStatus.FAILED)) {
                throw new IllegalArgumentException("a move names a reason exactly when it is a failure");
            }
        }
    }

    /** {@code note} happened while the payment was in {@code status}. */
    record Noted(Instant at, PaymentStatus status, PaymentNote note) implements PaymentEvent {
        public Noted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(note, "note");
        }
    }
}
