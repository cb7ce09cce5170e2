package org.hexmall.adapter.in.web.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentNote;

/**
 * A payment's timeline as the console's order page tells it: each move to a new status and each note, in words.
 * The same note several times in a row is one step with a count, and every one of its times.
 */
public final class PaymentTimeline {

    private static final String MOVE = "console.payment-event.";
    private static final String NOTE = "console.payment-note.";
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

    /** @param events the payment's timeline, oldest first */
    public static List<Step> of(List<PaymentEvent> events) {
        List<Step> steps = new ArrayList<>();
        PaymentNote previousNote = null;
        for (PaymentEvent event : events) {
            switch (event) {
                case PaymentEvent.Moved moved -> {
                    steps.add(new Step(List.of(moved.at()), MOVE + moved.status().name(),
                            moved.reason().map(reason -> FAILURE + reason.name()).orElse(null)));
                    previousNote = null;
                }
                case PaymentEvent.Noted noted -> {
                    if (noted.note() == previousNote) {
                        Step last = steps.removeLast();
                        List<Instant> times = new ArrayList<>(last.times());
                        times.add(noted.at());
                        steps.add(new Step(times, last.phraseKey(), null));
                    } else {
                        steps.add(new Step(List.of(noted.at()), NOTE + noted.note().name(), null));
                    }
                    previousNote = noted.note();
                }
            }
        }
        return List.copyOf(steps);
    }
}
