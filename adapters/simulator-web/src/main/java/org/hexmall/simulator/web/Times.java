package org.hexmall.simulator.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows instants in the demo's time zone, to the second, as the store's pages do. Templates call it {@code times}. */
public record Times(ZoneId zone) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }
}
