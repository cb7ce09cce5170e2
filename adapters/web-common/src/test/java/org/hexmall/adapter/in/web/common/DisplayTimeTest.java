package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times in the store's time zone: moments as they were, the ends of waits never before they come. */
class DisplayTimeTest {

    private final DisplayTime times = new DisplayTime(ZoneId.of("Asia/Shanghai"));

    @Test
    void theEndOfAWait_isShownAtTheNextWholeMinute_soThatNobodyComesBackTooEarly() {
        assertThat(times.until(Instant.parse("2026-12-08T00:40:38Z"))).isEqualTo("08:41");
        assertThat(times.until(Instant.parse("2026-12-08T00:40:00.000001Z"))).isEqualTo("08:41");
        assertThat(times.until(Instant.parse("2026-12-08T15:59:30Z"))).isEqualTo("00:00");
        assertThat(times.until(Instant.parse("2026-12-08T00:40:00Z"))).as("a whole minute").isEqualTo("08:40");
    }

    @Test
    void theEndOfAWaitWithItsDate_isShownAtTheNextWholeSecond() {
        assertThat(times.untilDateTime(Instant.parse("2026-12-08T00:40:38.458Z"))).isEqualTo("2026-12-08 08:40:39");
        assertThat(times.untilDateTime(Instant.parse("2026-12-08T15:59:59.5Z"))).isEqualTo("2026-12-09 00:00:00");
        assertThat(times.untilDateTime(Instant.parse("2026-12-08T00:40:38Z"))).isEqualTo("2026-12-08 08:40:38");
    }

    @Test
    void aMomentOrADeadline_isShownAsItWas() {
        assertThat(times.time(Instant.parse("2026-12-08T00:40:38Z"))).isEqualTo("08:40");
        assertThat(times.format(Instant.parse("2026-12-08T00:40:38.9Z"))).isEqualTo("2026-12-08 08:40:38");
        assertThat(times.until(null)).isEmpty();
        assertThat(times.untilDateTime(null)).isEmpty();
    }
}
