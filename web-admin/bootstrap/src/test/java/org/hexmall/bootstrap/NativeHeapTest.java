package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Memory the process freed goes back to the system when hexmall trims the C library's heap, so its resident memory
 * falls: what a person comparing hexmall's memory with another application's sees.
 */
class NativeHeapTest {

    private static final int PIECE = 64 * 1024;
    private static final int PIECES = 1024;

    @Test
    void aTrimGivesFreedNativeMemoryBackToTheSystem() throws Exception {
        Optional<NativeHeap> heap = NativeHeap.ofThisProcess();
        assumeTrue(heap.isPresent() && Files.exists(Path.of("/proc/self/status")),
                "a C library with malloc_trim, on Linux (JDK 22 or newer)");
        heap.get().trim();
        // 64 MB in pieces the C library takes from its heap, every other one freed: half of it is free but held,
        // in holes between pieces still in use, where the C library gives nothing back by itself.
        List<ByteBuffer> kept = new ArrayList<>();
        List<ByteBuffer> dropped = new ArrayList<>();
        for (int i = 0; i < PIECES; i++) {
            ByteBuffer piece = ByteBuffer.allocateDirect(PIECE);
            (i % 2 == 0 ? kept : dropped).add(piece);
        }
        long directBefore = directMemoryUsed();
        dropped.clear();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (directMemoryUsed() > directBefore - (long) PIECE * PIECES / 2 && System.nanoTime() < deadline) {
            System.gc();
            Thread.onSpinWait();
        }
        assertThat(directMemoryUsed()).as("the dropped pieces were freed").isLessThanOrEqualTo(
                directBefore - (long) PIECE * PIECES / 2);
        long residentBefore = residentKb();

        heap.get().trim();

        assertThat(residentKb()).as("resident memory, kB").isLessThan(residentBefore - 16 * 1024);
        assertThat(kept).hasSize(PIECES / 2);
    }

    @Test
    void trimsEverySecondWhileTrimsGiveMemoryBackAndBackOffToAMinuteWhenTheyDoNot() {
        Duration interval = NativeHeap.FIRST_INTERVAL;
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            interval = NativeHeap.nextInterval(interval, false);
            waits.add(interval.toSeconds());
        }
        assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 64L, 64L);
        assertThat(NativeHeap.nextInterval(interval, true)).isEqualTo(Duration.ofSeconds(1));
    }

    private static long directMemoryUsed() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
    }

    private static long residentKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
    }
}
