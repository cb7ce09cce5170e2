package org.hexmall.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the C library's free memory back to the operating system, every second while there is some to give back and
 * less often while there is none, so that hexmall's resident memory is what it uses. The JVM's compilers and its class
 * loading allocate and free native memory in bursts, most of all while hexmall starts and serves its first pages; the
 * GNU C library keeps what they freed in its allocation arenas (one per thread that allocated, up to eight per core),
 * where it stays resident, up to tens of megabytes of it, until {@code malloc_trim} hands the unused pages back. The
 * JVM does the same when told to with a flag; hexmall does it itself, so that it needs no flag for it. Where the C
 * library has no {@code malloc_trim} (another C library, another system), nothing is done.
 */
final class NativeHeap {

    private static final Logger LOG = LoggerFactory.getLogger(NativeHeap.class);

    /**
     * How often while the compilers are at work: a trim takes a fifth of a millisecond when there is nothing to give
     * back and a few milliseconds after tens of megabytes were freed, and the compilers free most of their memory in
     * the seconds after hexmall's first pages, when a trim every few seconds would come too late for most of it.
     */
    static final Duration FIRST_INTERVAL = Duration.ofSeconds(1);

    /** How often at most once trims give nothing back: a new burst of compilations is still followed within it. */
    static final Duration LONGEST_INTERVAL = Duration.ofSeconds(64);

    private final MethodHandle mallocTrim;

    private NativeHeap(MethodHandle mallocTrim) {
        this.mallocTrim = mallocTrim;
    }

    /**
     * The C library's trim, where it has one. Reached through the JDK's foreign function API, final since JDK 22;
     * hexmall is built for JDK 21, where that API is a preview, so it is looked up by name, and on JDK 21 nothing is
     * trimmed.
     */
    static Optional<NativeHeap> ofThisProcess() {
        if (Runtime.version().feature() < 22) {
            return Optional.empty();
        }
        try {
            Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
            Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
            Object linker = linkerType.getMethod("nativeLinker").invoke(null);
            Object lookup = linkerType.getMethod("defaultLookup").invoke(linker);
            Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup")
                    .getMethod("find", String.class).invoke(lookup, "malloc_trim");
            if (symbol.isEmpty()) {
                return Optional.empty();
            }
            // int malloc_trim(size_t pad)
            Object arguments = Array.newInstance(layoutType, 1);
            Array.set(arguments, 0, valueLayout.getField("JAVA_LONG").get(null));
            Object descriptor = descriptorType.getMethod("of", layoutType, arguments.getClass())
                    .invoke(null, valueLayout.getField("JAVA_INT").get(null), arguments);
            MethodHandle mallocTrim = (MethodHandle) linkerType.getMethod("downcallHandle",
                            Class.forName("java.lang.foreign.MemorySegment"), descriptorType, optionType.arrayType())
                    .invoke(linker, symbol.get(), descriptor, Array.newInstance(optionType, 0));
            return Optional.of(new NativeHeap(mallocTrim));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notAvailable) {
            LOG.debug("The C library's free memory is left to it: {}", notAvailable.toString());
            return Optional.empty();
        }
    }

    /** Hands the C library's unused pages back to the system; true when it could give some back. */
    boolean trim() {
        try {
            return (int) mallocTrim.invoke(0L) != 0;
        } catch (Throwable trimFailed) {
            throw new IllegalStateException("malloc_trim failed", trimFailed);
        }
    }

    /**
     * The wait after a trim: back to {@link #FIRST_INTERVAL} when the trim gave memory back, as more is likely to
     * follow, otherwise twice the last wait, up to {@link #LONGEST_INTERVAL}.
     */
    static Duration nextInterval(Duration last, boolean gaveBack) {
        if (gaveBack) {
            return FIRST_INTERVAL;
        }
        Duration doubled = last.multipliedBy(2);
        return doubled.compareTo(LONGEST_INTERVAL) > 0 ? LONGEST_INTERVAL : doubled;
    }

    /**
     * Trims now and from then on, on a daemon thread of its own, for as long as the JVM runs: every second while the
     * trims give memory back, less often while they do not ({@link #nextInterval}). The first trim, and the linking
     * of the C function it calls, happen on that thread, not on the thread that starts hexmall.
     */
    static void trimFromNowOn() {
        Thread.ofPlatform().daemon().name("hexmall-native-heap").stackSize(256 * 1024).start(() -> {
            Optional<NativeHeap> heap = ofThisProcess();
            Duration interval = FIRST_INTERVAL;
            while (heap.isPresent()) {
                interval = nextInterval(interval, heap.get().trim());
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        });
    }
}
