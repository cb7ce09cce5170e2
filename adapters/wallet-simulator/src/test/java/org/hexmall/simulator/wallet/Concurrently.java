package org.hexmall.simulator.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Runs the same thing on many threads released at one moment, as a double click or a burst of retries would. */
public final class Concurrently {

    private Concurrently() {
    }

    /** What each of {@code times} threads returned, in the order they were started. */
    public static <T> List<T> run(int times, IntFunction<T> task) {
        var start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(times)) {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int index = i;
                results.add(threads.submit(() -> {
                    start.await();
                    return task.apply(index);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("a thread failed", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}
