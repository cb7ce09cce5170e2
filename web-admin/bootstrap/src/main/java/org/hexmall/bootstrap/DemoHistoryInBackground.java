package org.hexmall.bootstrap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo history ({@link DemoHistory}) made on a thread of its own once the store answers, so that the first visitor
 * of a new demo does not wait seconds for two weeks of made-up orders: the shop's pages need none of them, and the
 * console's dashboard shows them as soon as their one transaction commits. What must not look at the store's past
 * before it is all there (the scheduler's chores, which count finished days for the dashboard once and for all) is
 * run after the commit. Stopping hexmall before then stops the making between two shoppers or two days and rolls all
 * of it back, so a database never holds half a history.
 */
final class DemoHistoryInBackground implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistoryInBackground.class);
    /** How long a stop waits for the making to notice it; a shopper's or a day's records take milliseconds. */
    private static final Duration STOPS_WITHIN = Duration.ofSeconds(30);

    private final CompletableFuture<Optional<DemoHistory.Summary>> made = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean stopAsked;

    private DemoHistoryInBackground(PersistencePorts store, Clock clock, ZoneId zone, Runnable then) {
        if (store == null) {
            thread = null;
            made.complete(Optional.empty());
            return;
        }
        thread = Thread.ofPlatform().name("hexmall-demo-history").daemon()
                .unstarted(() -> make(store, clock, zone, then));
        thread.start();
    }

    /**
     * Starts making the history now, on a thread of its own.
     *
     * @param then what runs on that thread once the history is committed, or once making it failed; not when hexmall
     *             stopped first
     */
    static DemoHistoryInBackground start(PersistencePorts store, Clock clock, ZoneId zone, Runnable then) {
        return new DemoHistoryInBackground(store, clock, zone, then);
    }

    /** No history to make: this start's database was not new, or the demo wants none. */
    static DemoHistoryInBackground none() {
        return new DemoHistoryInBackground(null, null, null, null);
    }

    private void make(PersistencePorts store, Clock clock, ZoneId zone, Runnable then) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startNanos = System.nanoTime();
        long startCpuNanos = threads.getCurrentThreadCpuTime();
        Optional<DemoHistory.Summary> result = Optional.empty();
        try {
            DemoHistory.Summary summary = DemoHistory.generate(store, DemoCatalog.products(),
                    DemoData.shopperPasswordHash(), store.agents().findByUsername(DemoData.SUPERVISOR),
                    clock.instant(), zone, () -> stopAsked);
            LOG.info("Demo history of {} days generated in {} ms ({} ms of processor time): {} shoppers, {} orders, "
                            + "{} payments, {} refunds, {} bindings, {} risk alerts", DemoHistory.DAYS,
                    (System.nanoTime() - startNanos) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - startCpuNanos) / 1_000_000, summary.shoppers(),
                    summary.orders(), summary.payments(), summary.refunds(), summary.bindings(), summary.alerts());
            result = Optional.of(summary);
        } catch (RuntimeException failed) {
            // A stop ends the making between two shoppers or two days (Stopped), or closes the database under one of
            // its statements: either way the transaction kept nothing, and nothing more is to run.
            if (failed instanceof DemoHistory.Stopped || stopAsked) {
                LOG.info("Demo history not made: hexmall stopped before it was done, and nothing of it was kept");
                made.complete(result);
                return;
            }
            if (madeElsewhere(store)) {
                LOG.info("Demo history made by another start on the same database, at the same moment");
            } else {
                // The failure's kind alone: a database's message may quote the values of the statement, password
                // hashes among them.
                LOG.warn("Demo history not made, and nothing of it was kept: {}",
                        rootCauseOf(failed).getClass().getName());
            }
        }
        try {
            then.run();
        } finally {
            made.complete(result);
        }
    }

    private static boolean madeElsewhere(PersistencePorts store) {
        try {
            return DemoHistory.isMadeIn(store);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static Throwable rootCauseOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Waits until the history is made: what was made, or empty when there was none to make or it was not made.
     *
     * @throws IllegalStateException when it takes longer than {@code within}
     */
    Optional<DemoHistory.Summary> await(Duration within) {
        try {
            return made.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new IllegalStateException("the demo history was not made within " + within, late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the demo history", interrupted);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        }
    }

    /** Asks the making to stop and waits until it has, so that the database can be closed under nothing. */
    @Override
    public void close() {
        stopAsked = true;
        if (thread != null) {
            try {
                thread.join(STOPS_WITHIN);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
