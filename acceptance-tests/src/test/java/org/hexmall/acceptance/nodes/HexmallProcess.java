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
import java.util.concurrent.TimeUnit;

/**
 * hexmall as an operator runs it: {@code java -jar web-admin/target/hexmall.jar} in a process of its own, configured by
 * environment variables, its output in a log file. It can be killed as a crash would ({@code SIGKILL}: no shutdown
 * hook, no last write) or stopped as an operator would ({@code SIGTERM}).
 */
final class HexmallProcess {

    /** The jar the build makes; the module's tests run in {@code acceptance-tests}. */
    static final Path JAR = Path.of("..", "web-admin", "target", "hexmall.jar");
    private static final Duration START_WITHIN = Duration.ofMinutes(3);

    private final Process process;
    private final URI base;

    private HexmallProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts hexmall on a free port with these settings, and waits until its health check answers 200. */
    static HexmallProcess start(Map<String, String> settings, Path log) throws IOException, InterruptedException {
        int port = freePort();
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("HEXMALL_PORT", Integer.toString(port));
        var builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.createDirectories(log.getParent());
        var started = new HexmallProcess(builder.start(), URI.create("http://localhost:" + port));
        started.awaitHealthy();
        return started;
    }

    URI base() {
        return base;
    }

    /** {@code kill -9}: the process ends at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** Stops hexmall as an operator does: it finishes its chores' current pass and closes the database. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            kill();
        }
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
                    // Not listening yet: ask again, after the time the connection attempt took.
                }
                process.waitFor(200, TimeUnit.MILLISECONDS);
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
