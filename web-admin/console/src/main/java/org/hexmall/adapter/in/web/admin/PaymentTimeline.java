package org.hexmall.adapter.in.web.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;

/**
 * A payment's timeline as the console's order page tells it: each move to a new status and each note, in
 * words. An event whose status differs from the one before is a move (its detail, if any, names the failure
 * reason); an event that keeps the status is a note (its detail names the {@link PaymentNote}). The same note
 * several times in a row is one step with a count, and every one of its times.
 */
public final class PaymentTimeline {

    private static final String MOVE = "console.payment-event.";
    private static final String FAILED_WITHOUT_REASON = "console.payment-event.failed-without-reason";
    private static final String NOTE = "console.payment-note.";
    private static final String UNRECOGNISED_NOTE = "console.payment-note.unrecognised";
    private static final String FAILURE = "console.payment-failure.";

    private PaymentTimeline() {
    }

    /**
     * One line of the timeline.
     *
     * @param times     when it happened, oldest first; more than one when the same note came several times in a row
     * @param phraseKey the message key of what happened
     * @param reasonKey the message key of the failure reason the phrase takes as its argument, or null
     */
    public record Step(List<Instant> times, String phraseKey, String reasonKey) {

        public Step {
            times = List.copyOf(times);
        }

        public int count() {
            return times.size();
        }

        public Instant at() {
            return times.getFirst();
        }
    }

    /**
     * @param events        the payment's timeline, oldest first
     * @param failureReason the payment's own failure reason, for a move to FAILED that does not name one
     */
    public static List<Step> of(List<PaymentEvent> events, Optional<PaymentFailureReason> failureReason) {
        List<Step> steps = new ArrayList<>();
        PaymentStatus before = null;
        String previousNote = null;
        for (PaymentEvent event : events) {
            boolean move = before == null || event.status() != before;
            before = event.status();
            if (move) {
                steps.add(move(event, failureReason));
                previousNote = null;
                continue;
            }
            String note = noteKey(event.detail());
            if (note.equals(previousNote)) {
                Step last = steps.removeLast();
                List<Instant> times = new ArrayList<>(last.times());
                times.add(event.at());
                steps.add(new Step(times, note, null));
            } else {
                steps.add(new Step(List.of(event.at()), note, null));
            }
            previousNote = note;
        }
        return List.copyOf(steps);
    }

    private static Step move(PaymentEvent event, Optional<PaymentFailureReason> failureReason) {
        if (event.status() != PaymentStatus.FAILED) {
            return new Step(List.of(event.at()), MOVE + event.status().name(), null);
        }
        Optional<PaymentFailureReason> reason = event.detail().flatMap(PaymentTimeline::failureReasonNamed)
                .or(() -> failureReason);
        return reason.map(named -> new Step(List.of(event.at()), MOVE + PaymentStatus.FAILED.name(), FAILURE + named.name()))
                .orElseGet(() -> new Step(List.of(event.at()), FAILED_WITHOUT_REASON, null));
    }

    private static String noteKey(Optional<String> detail) {
        return detail.flatMap(name -> Arrays.stream(PaymentNote.values()).filter(note -> note.name().equals(name))
                        .findFirst())
                .map(note -> NOTE + note.name())
                .orElse(UNRECOGNISED_NOTE);
    }

    private static Optional<PaymentFailureReason> failureReasonNamed(String name) {
        return Arrays.stream(PaymentFailureReason.values()).filter(reason -> reason.name().equals(name)).findFirst();
    }
}
