package org.hexmall.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * The harness both sides run under: C clients, each on its own thread, each starting its next operation as soon as
 * the last one ends (a closed loop, as apps waiting on their answers behave). The clients run through the warm-up
 * and then the measurement; an operation counts when it ends inside the measurement window, with the time from
 * its start to its end as its latency. Each client keeps its own figures, so measuring adds no contention.
 */
final class ClosedLoop {

    /** One operation of one client: a whole checkout, or one baseline request. */
    @FunctionalInterface
    interface Operation {
        /**
         * Runs once; throws if it failed.
         *
         * @param steps where it notes how long each of its parts took and how many HTTP requests it sent
         */
        void run(int client, Steps steps) throws Exception;
    }

    /** What one operation notes about its parts: time per step, in nanoseconds, and requests sent. */
    static final class Steps {
        final long[] nanos;
        int requests;

        Steps(int count) {
            this.nanos = new long[count];
        }

        void add(int step, long elapsedNanos) {
            nanos[step] += elapsedNanos;
        }

        void reset() {
            Arrays.fill(nanos, 0);
            requests = 0;
        }
    }

    /**
     * What the measurement window saw.
     *
     * @param latenciesNanos each counted operation's latency, sorted
     * @param stepNanos      per step, the total over the counted operations
     * @param failures       failed operations ending in the window, by what went wrong
     * @param ran            every operation run, warm-up and those ending after the window included
     */
    record Result(Duration window, long[] latenciesNanos, long[] stepNanos, long requests,
                  Map<String, Integer> failures, long ran) {

        long completed() {
            return latenciesNanos.length;
        }

        double perSecond() {
            return completed() / (window.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100 * latenciesNanos.length);
            return latenciesNanos[Math.max(0, rank - 1)] / 1e6;
        }

        double meanMillis() {
            return latenciesNanos.length == 0 ? Double.NaN
                    : Arrays.stream(latenciesNanos).average().orElseThrow() / 1e6;
        }

        double maxMillis() {
            return latenciesNanos.length == 0 ? Double.NaN : latenciesNanos[latenciesNanos.length - 1] / 1e6;
        }

        double stepMeanMillis(int step) {
            return latenciesNanos.length == 0 ? Double.NaN : stepNanos[step] / 1e6 / latenciesNanos.length;
        }

        double requestsPerOperation() {
            return latenciesNanos.length == 0 ? Double.NaN : (double) requests / latenciesNanos.length;
        }

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private ClosedLoop() {
    }

    static Result run(String name, int clients, int stepCount, Duration warmup, Duration measurement,
                      Operation operation) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureUntil = measureFrom + measurement.toNanos();
        var figures = new ClientFigures[clients];
        var done = new CountDownLatch(clients);
        for (int client = 0; client < clients; client++) {
            int id = client;
            figures[id] = new ClientFigures(stepCount);
            Thread.ofPlatform().name(name + "-client-" + id).daemon().start(() -> {
                try {
                    figures[id].loop(id, operation, measureFrom, measureUntil);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return merge(measurement, stepCount, figures);
    }

    private static Result merge(Duration window, int stepCount, ClientFigures[] figures) {
        long[] latencies = Arrays.stream(figures).flatMapToLong(client -> Arrays.stream(client.latencies, 0,
                client.count)).sorted().toArray();
        long[] steps = new long[stepCount];
        long requests = 0;
        long ran = 0;
        Map<String, Integer> failures = new TreeMap<>();
        for (ClientFigures client : figures) {
            for (int step = 0; step < stepCount; step++) {
                steps[step] += client.stepNanos[step];
            }
            requests += client.requests;
            ran += client.ran;
            client.failures.forEach((what, times) -> failures.merge(what, times, Integer::sum));
        }
        return new Result(window, latencies, steps, requests, failures, ran);
    }

    /** One client's own figures, touched by its thread only. */
    private static final class ClientFigures {
        private long[] latencies = new long[4096];
        private int count;
        private final long[] stepNanos;
        private long requests;
        private long ran;
        private final Map<String, Integer> failures = new TreeMap<>();

        ClientFigures(int stepCount) {
            this.stepNanos = new long[stepCount];
        }

        void loop(int client, Operation operation, long measureFrom, long measureUntil) {
            var steps = new Steps(stepNanos.length);
            while (true) {
                long start = System.nanoTime();
                if (start >= measureUntil) {
                    return;
                }
                steps.reset();
                String failure = null;
                try {
                    operation.run(client, steps);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception failed) {
                    failure = failed.getClass().getSimpleName() + ": " + failed.getMessage();
                }
                long end = System.nanoTime();
                ran++;
                if (end < measureFrom || end > measureUntil) {
                    continue;
                }
                if (failure != null) {
                    failures.merge(failure, 1, Integer::sum);
                    continue;
                }
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = end - start;
                for (int step = 0; step < stepNanos.length; step++) {
                    stepNanos[step] += steps.nanos[step];
                }
                requests += steps.requests;
            }
        }
    }
}
