package org.hexmall.adapter.in.web.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Shows instants in the store's time zone, the same way on every page. Templates call it as {@code times}.
 *
 * <p>A moment that happened or a deadline (when an order was placed, when it closes) is shown as it is, its seconds
 * or minutes cut off. The end of a wait the reader is told to sit out (a lock, a hold, the next code) is shown
 * rounded up instead, by {@link #until} and {@link #untilDateTime}: a reader who comes back at the time shown is
 * never refused again by the same wait.
 */
public final class DisplayTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    public DisplayTime(ZoneId zone) {
        this.zone = zone;
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** The end of a wait as a time of day: the first whole minute at or after it ("after 08:41" for 08:40:38). */
    public String until(Instant end) {
        return end == null ? "" : TIME.format(roundedUp(end, ChronoUnit.MINUTES).atZone(zone));
    }

    /** The end of a wait with its date: the first whole second at or after it. */
    public String untilDateTime(Instant end) {
        return end == null ? "" : DATE_TIME.format(roundedUp(end, ChronoUnit.SECONDS).atZone(zone));
    }

    private static Instant roundedUp(Instant instant, ChronoUnit unit) {
        Instant truncated = instant.truncatedTo(unit);
        return truncated.equals(instant) ? instant : truncated.plus(Duration.of(1, unit));
    }
}
