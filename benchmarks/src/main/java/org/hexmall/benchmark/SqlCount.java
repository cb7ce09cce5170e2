package org.hexmall.benchmark;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/**
 * Counts the SQL statements both sides send, from the {@code jdbi.statement} events JDBI records with the JDK's
 * Flight Recorder (no stack traces, so it costs microseconds a statement). Statements on the simulated providers'
 * own tables ({@code mock_*}) are counted apart from hexmall's, since a real provider runs elsewhere.
 */
final class SqlCount implements AutoCloseable {

    /** Per side: reads ({@code SELECT}, row locks included), of them row locks, and writes. */
    static final class Tally {
        final LongAdder reads = new LongAdder();
        final LongAdder locks = new LongAdder();
        final LongAdder writes = new LongAdder();

        long total() {
            return reads.sum() + writes.sum();
        }

        void count(String sql) {
            String statement = sql.stripLeading().toUpperCase(Locale.ROOT);
            if (statement.startsWith("SELECT")) {
                reads.increment();
                if (statement.contains("FOR UPDATE")) {
                    locks.increment();
                }
            } else {
                writes.increment();
            }
        }
    }

    final Tally hexmall = new Tally();
    final Tally simulators = new Tally();
    final Tally baseline = new Tally();

    private final RecordingStream stream = new RecordingStream();
    private volatile Instant countFrom = Instant.MAX;
    private boolean closed;

    SqlCount() {
        stream.enable("jdbi.statement").withoutStackTrace();
        stream.onEvent("jdbi.statement", this::count);
        stream.startAsync();
    }

    /** Statements before now (the setup's) are not counted. */
    void startCounting() {
        countFrom = Instant.now();
    }

    private void count(RecordedEvent event) {
        if (event.getStartTime().isBefore(countFrom)) {
            return;
        }
        String sql = event.getString("sql");
        if (sql == null) {
            return;
        }
        String lower = sql.toLowerCase(Locale.ROOT);
        Tally side = lower.contains("baseline_orders") ? baseline
                : lower.contains("mock_wallet_") || lower.contains("mock_sms_") ? simulators : hexmall;
        side.count(sql);
    }

    /** Stops recording once every event recorded so far has been counted. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            stream.stop();
            stream.close();
        }
    }
}
