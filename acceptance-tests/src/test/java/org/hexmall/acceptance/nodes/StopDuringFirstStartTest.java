package org.hexmall.acceptance.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A demo stopped by its operator right after its first start, as someone trying hexmall does: {@code java -jar} on a
 * new H2 file with its defaults, so the demo history is still being written when the stop comes. hexmall stops the
 * history, lets it roll back, and closes the database itself, after the work on it; the log says so and holds no
 * warning or error (H2 closing its database from a shutdown hook of its own made the history's statements fail).
 * The next start opens the same database and serves.
 */
class StopDuringFirstStartTest {

    private static final Path RUNS = Path.of("target", "stop-during-first-start");

    @Test
    void stoppedRightAfterItsFirstStart_itStopsWithoutAWarning_andStartsAgainOnTheSameDatabase() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(HexmallProcess.JAR),
                "no " + HexmallProcess.JAR + ": build it first (./mvnw -pl web-admin/bootstrap -am package)");
        Path folder = Files.createDirectories(RUNS).resolve(UUID.randomUUID().toString());
        Map<String, String> defaults = Map.of("HEXMALL_DATA_DIR", folder.resolve("data").toString());
        Path firstLog = folder.resolve("first.log");

        HexmallProcess.start(defaults, firstLog, HexmallProcess.SHORT_LIFE_OPTIONS).stop();

        List<String> first = Files.readAllLines(firstLog);
        assertThat(first).as("the first start's log").anyMatch(line -> line.contains("hexmall stopped"))
                .anyMatch(line -> line.contains("Demo history of 14 days generated")
                        || line.contains("Demo history not made: hexmall stopped before it was done"))
                .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("\tat "));
        Path againLog = folder.resolve("again.log");
        HexmallProcess again = HexmallProcess.start(defaults, againLog, HexmallProcess.SHORT_LIFE_OPTIONS);
        try {
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(again.base().resolve("/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("the home page of the next start")
                    .isEqualTo(200);
        } finally {
            again.stop();
        }
        assertThat(Files.readAllLines(againLog)).as("the next start's log")
                .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
    }
}
