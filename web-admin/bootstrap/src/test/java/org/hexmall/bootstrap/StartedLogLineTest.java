package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/**
 * The line an operator reads when hexmall has started says where its start-up time went, so that a slow start can be
 * told apart by its log alone: the database and its schema, building the application, the demo data, the web server.
 */
@Isolated("watches the log lines of hexmall's starts, which another class starting hexmall would add to")
class StartedLogLineTest {

    private static final Pattern STARTED = Pattern.compile("hexmall started at http://localhost:\\d+ in (\\d+) ms "
            + "\\(jdbi persistence, demo data\\): storage (\\d+) ms, wiring (\\d+) ms, demo data (\\d+) ms, "
            + "web server (\\d+) ms");

    @Test
    void theStartedLineGivesTheTimeOfEachPhaseAndTheyAddUpToTheWhole() {
        var logger = (Logger) LoggerFactory.getLogger(HexmallApplication.class);
        var lines = new ListAppender<ILoggingEvent>();
        lines.start();
        logger.addAppender(lines);
        try (HexmallApplication ignored = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:started-line-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))) {
            List<String> started = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(line -> line.startsWith("hexmall started")).toList();

            assertThat(started).hasSize(1);
            Matcher phases = STARTED.matcher(started.getFirst());
            assertThat(phases.matches()).as(started.getFirst()).isTrue();
            long whole = Long.parseLong(phases.group(1));
            long sum = 0;
            for (int phase = 2; phase <= 5; phase++) {
                sum += Long.parseLong(phases.group(phase));
            }
            // The phases follow one another from the start to the end; each is rounded down to a millisecond.
            assertThat(sum).isBetween(whole - 3, whole);
        } finally {
            logger.detachAppender(lines);
        }
    }
}
