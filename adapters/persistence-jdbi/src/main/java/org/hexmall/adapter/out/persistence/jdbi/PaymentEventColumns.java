package org.hexmall.adapter.out.persistence.jdbi;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;

/**
 * How a step of a payment's timeline is kept in {@code payment_events}: {@code kind} says whether the payment moved
 * or something was noted, and {@code detail} holds the failure reason of a move to FAILED, or the note.
 */
record PaymentEventColumns(String kind, String status, String detail) {

    private static final String MOVED = "MOVED";
    private static final String NOTED = "NOTED";

    static PaymentEventColumns of(PaymentEvent event) {
        return switch (event) {
            case PaymentEvent.Moved moved ->
                    new PaymentEventColumns(MOVED, moved.status().name(), moved.reason().map(Enum::name).orElse(null));
            case PaymentEvent.Noted noted -> new PaymentEventColumns(NOTED, noted.status().name(), noted.note().name());
        };
    }

    PaymentEvent toEvent(Instant at) {
        PaymentStatus payment = PaymentStatus.valueOf(status);
        return switch (kind) {
            case MOVED -> new PaymentEvent.Moved(at, payment,
                    Optional.ofNullable(detail).map(PaymentFailureReason::valueOf));
            case NOTED -> new PaymentEvent.Noted(at, payment, PaymentNote.valueOf(detail));
            default -> throw new IllegalStateException("unknown kind of payment event: " + kind);
        };
    }
}
