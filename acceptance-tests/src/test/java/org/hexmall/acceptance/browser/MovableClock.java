package org.hexmall.acceptance.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time hexmall runs on in browser tests: the real time, plus however far the tests have moved it on.
 * It keeps ticking, so that what happens one after the other (two text messages, two steps of a binding)
 * stays in that order; moving it lets a test cross a five-minute limit without waiting five minutes.
 * Only forward: hexmall never sees time run backwards. The server's threads read it while the test moves
 * it, hence the atomic offset.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> movedOn = new AtomicReference<>(Duration.ZERO);

    /** Makes the given time pass at once for hexmall. */
    public void moveOn(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, not by " + duration);
        }
        movedOn.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(movedOn.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the movable clock keeps UTC; hexmall only asks it for instants");
    }
}
