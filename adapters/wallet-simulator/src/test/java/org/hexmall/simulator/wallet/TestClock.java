package org.hexmall.simulator.wallet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on, so that a three-hour lock can run out without waiting. */
public final class TestClock extends Clock {

    // Volatile: the pages under test read it on the HTTP server's threads.
    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    public void moveOn(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock keeps UTC; the simulator only asks it for instants");
    }
}
