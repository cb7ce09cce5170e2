package org.hexmall.application.port.out.persistence;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** What a contract test needs to show that one transaction waits for another's lock. */
final class TakingTurns {

    /** Long enough for a slow build machine, short enough that a lock never released fails the test soon. */
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private TakingTurns() {
    }

    /**
     * True once the second thread waits for a lock that the first thread holds (as a lock inside this JVM shows), or
     * is inside {@code lockById} (where a database lock is waited for: a JDBC driver waits for it while reading its
     * socket, and so looks busy).
     */
    static boolean isWaitingForTheLock(Thread second, Thread first) {
        if (second == null || first == null) {
            return false;
        }
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(second.threadId(), Integer.MAX_VALUE);
        if (info == null) {
            return false;
        }
        return info.getLockOwnerId() == first.threadId()
                || Arrays.stream(info.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("lockById"));
    }

    static void pollUntil(String what, BooleanSupplier condition) {
        long giveUpAt = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            Thread.yield();
        }
    }

    static void awaitWithinDeadline(CountDownLatch latch) {
        try {
            if (!latch.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the other transaction did not get there within " + DEADLINE);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the other transaction", interrupted);
        }
    }
}
