package org.hexmall.acceptance.nodes;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * hexmall as an operator runs it: {@code java -jar web-admin/target/hexmall.jar} in a process of its own, configured by
 * environment variables, its output in a log file. It can be killed as a crash would ({@code SIGKILL}: no shutdown
 * hook, no last write) or stopped as an operator would ({@code SIGTERM}). No process it starts outlives the test JVM:
 * whatever is still running when that JVM ends is killed with its own children.
 */
final class HexmallProcess {

    /** The jar the build makes; the module's tests run in {@code acceptance-tests}. */
    static final Path JAR = Path.of("..", "web-admin", "target", "hexmall.jar");
    private static final Duration START_WITHIN = Duration.ofMinutes(3);
    /** What every start runs with: a small heap and the serial collector, as a small node of the store would. */
    private static final List<String> STANDARD_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");
    /**
     * For a process that lives a test's length, seconds to a minute or two: the client compiler only (its requests are
     * over before code compiled by the optimising compiler would run enough to repay compiling it), and no
     * performance-data file.
     */
    static final List<String> SHORT_LIFE_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");
    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(HexmallProcess::killWithChildren)));
    }

    private final Process process;
    private final URI base;

    private HexmallProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts hexmall on a free port with these settings, and waits until its health check answers 200. */
    static HexmallProcess start(Map<String, String> settings, Path log) throws IOException, InterruptedException {
        return start(settings, log, List.of());
    }

    /** Starts hexmall with these Java options besides the standard ones, and waits until its health check answers. */
    static HexmallProcess start(Map<String, String> settings, Path log, List<String> javaOptions)
            throws IOException, InterruptedException {
        HexmallProcess starting = launch(settings, log, javaOptions);
        starting.awaitHealthy();
        return starting;
    }

    /** Starts hexmall on a free port and answers at once, while it opens its database and loads its data. */
    static HexmallProcess launch(Map<String, String> settings, Path log, List<String> javaOptions)
            throws IOException {
        int port = freePort();
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("HEXMALL_PORT", Integer.toString(port));
        List<String> command = Stream.of(
                        Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                        STANDARD_OPTIONS.stream(), javaOptions.stream(), Stream.of("-jar", JAR.toString()))
                .flatMap(part -> part).toList();
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.createDirectories(log.getParent());
        Process process = builder.start();
        RUNNING.add(process.toHandle());
        return new HexmallProcess(process, URI.create("http://localhost:" + port));
    }

    /**
     * Java options that make every later start of the jar cheaper, learnt from one start and stop of it on a database
     * of its own ({@code training}, which it migrates and fills): on a JDK with ahead-of-time caches (JDK 25, JEP 514
     * and 515) the classes that start loads and links, and the profiles of its methods, are kept in a cache file that
     * every later start maps instead of doing that work again. On an older JDK, or if the JDK made no cache, none.
     * The cache holds the jar's classes as they are now: it is made again for every run, never kept across builds.
     */
    static List<String> aheadOfTimeCache(Map<String, String> training, Path folder, List<String> javaOptions)
            throws IOException, InterruptedException {
        if (Runtime.version().feature() < 25) {
            return List.of();
        }
        Path cache = folder.toAbsolutePath().resolve("hexmall.aot");
        List<String> recording = Stream.concat(javaOptions.stream(), Stream.of("-XX:AOTCacheOutput=" + cache)).toList();
        // The JDK writes the cache as the process ends normally (an operator's stop), in a child process it waits for.
        start(training, folder.resolve("training.log"), recording).stop(Duration.ofMinutes(3));
        return Files.isRegularFile(cache) ? List.of("-XX:AOTCache=" + cache) : List.of();
    }

    URI base() {
        return base;
    }

    /** {@code kill -9}: the process ends at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        killWithChildren(process.toHandle());
        process.waitFor(1, TimeUnit.MINUTES);
        RUNNING.remove(process.toHandle());
    }

    /**
     * Kills the process once {@code after} has passed since now, wherever its start has got to by then (opening the
     * database, Flyway checking the migrations, the demo data, the web server, or already serving).
     */
    void killDuringStart(Duration after) throws InterruptedException {
        if (process.waitFor(after.toNanos(), TimeUnit.NANOSECONDS)) {
            RUNNING.remove(process.toHandle());
            throw new IllegalStateException("hexmall ended at start with " + process.exitValue() + "; see its log");
        }
        kill();
    }

    /** Stops hexmall as an operator does: it finishes its chores' current pass and closes the database. */
    void stop() throws InterruptedException {
        stop(Duration.ofMinutes(1));
    }

    private void stop(Duration within) throws InterruptedException {
        process.destroy();
        if (process.waitFor(within.toNanos(), TimeUnit.NANOSECONDS)) {
            RUNNING.remove(process.toHandle());
        } else {
            kill();
        }
    }

    /** {@code SIGKILL} to the process and to every process it started, so that none is left behind it. */
    private static void killWithChildren(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        long giveUpAt = System.nanoTime() + START_WITHIN.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < giveUpAt) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("hexmall ended at start with " + process.exitValue()
                            + "; see its log");
                }
                try {
                    HttpResponse<Void> health = http.send(HttpRequest.newBuilder(base.resolve("/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet: ask again soon, so that no life waits longer than its start takes.
                }
                process.waitFor(25, TimeUnit.MILLISECONDS);
            }
        }
        kill();
        throw new IllegalStateException("hexmall did not answer its health check within " + START_WITHIN);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
