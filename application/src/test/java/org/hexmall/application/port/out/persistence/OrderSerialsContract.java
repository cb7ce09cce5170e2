package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link OrderSerials} adapter must do: the serials behind order numbers are never handed out twice. */
public abstract class OrderSerialsContract {

    /** The serials of the node under test. */
    protected abstract OrderSerials serials();

    /** The serials of a second node of the same store (the same database), or the same ones where there is none. */
    protected abstract OrderSerials anotherNodesSerials();

    @Test
    void manySerials_areNeverTheSameTwice_andNeverNegative() {
        long[] taken = LongStream.range(0, 1_000).map(i -> serials().next()).toArray();

        assertThat(taken).doesNotHaveDuplicates();
        assertThat(LongStream.of(taken).min().orElseThrow()).isNotNegative();
    }

    @Test
    void oneNodesSerials_rise() {
        long[] taken = LongStream.range(0, 200).map(i -> serials().next()).toArray();

        assertThat(taken).isSorted();
    }

    @Test
    void twoNodesTakingTurns_neverGetTheSameSerial() {
        Set<Long> taken = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            assertThat(taken.add(serials().next())).isTrue();
            assertThat(taken.add(anotherNodesSerials().next())).isTrue();
        }
    }

    @Test
    void serialsTakenAtOnceOnTwoNodes_areAllDifferent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> workers = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++) {
                OrderSerials node = worker % 2 == 0 ? serials() : anotherNodesSerials();
                Callable<List<Long>> takeSome = () -> LongStream.range(0, 250).map(i -> node.next()).boxed().toList();
                workers.add(pool.submit(takeSome));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> worker : workers) {
                all.addAll(worker.get());
            }

            assertThat(all).hasSize(2_000).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
