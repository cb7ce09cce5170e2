package org.hexmall.simulator.wallet;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what another thread does: checks again and again until it holds, and fails after a deadline. */
public final class Poll {

    private Poll() {
    }

    public static void until(Duration deadline, String what, BooleanSupplier condition) {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            Thread.yield();
        }
    }
}
