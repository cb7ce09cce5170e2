package org.hexmall.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.status.StatusUtil;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * hexmall's own logging setup writes one line per event for every logger, whatever a value from
 * outside holds, and still writes a genuine failure's stack trace one frame a line.
 */
class LoggingConfigurationTest {

    private final LoggerContext context = new LoggerContext();
    private Encoder<ILoggingEvent> encoder;

    @BeforeEach
    void configureAsTheApplicationDoes() {
        var setup = new LoggingSetup();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        var stdout = (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender(LoggingSetup.APPENDER);
        encoder = stdout.getEncoder();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theConfigurationLoadsWithoutAWarningThatWouldPrintLogbacksOwnStatusAtEveryStart() {
        assertThat(new StatusUtil(context).isWarningOrErrorFree(0)).isTrue();
    }

    @Test
    void logbackTakesThisSetupByItselfWithNoConfigurationFileInTheJar() {
        var running = (LoggerContext) LoggerFactory.getILoggerFactory();
        var stdout = (OutputStreamAppender<ILoggingEvent>) running.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender(LoggingSetup.APPENDER);

        assertThat(stdout).as("the console appender LoggingSetup adds").isNotNull();
        assertThat(((LayoutWrappingEncoder<ILoggingEvent>) stdout.getEncoder()).getLayout())
                .isInstanceOfSatisfying(PatternLayout.class,
                        layout -> assertThat(layout.getPattern()).isEqualTo(LoggingSetup.PATTERN));
        assertThat(running.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
        assertThat(LoggingSetup.class.getResource("/logback.xml")).as("no XML configuration to parse").isNull();
    }

    @Test
    void aValueFromOutsideCannotStartALineOfItsOwn() {
        String provider = "alipay\r\n2026-01-01 00:00:00.000 INFO  [main] o.h.bootstrap.HexmallApplication - forged";

        List<String> lines = write(Level.WARN, "Refused a notification for {}: not signed, stale or replayed", null,
                provider);

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).contains("Refused a notification for alipay\\r\\n2026-01-01", "forged: not signed");
    }

    @Test
    void aStackTraceKeepsOneFrameALineButNotTheLineBreaksInItsMessages() {
        var failure = new IllegalArgumentException("no route for /x\r\nFAKE line",
                new IllegalStateException("cause\nFAKE cause"));

        List<String> lines = write(Level.ERROR, "Unexpected error, reference {}", failure, "1a2b3c4d");

        assertThat(lines.getFirst()).endsWith("Unexpected error, reference 1a2b3c4d");
        assertThat(lines).contains("java.lang.IllegalArgumentException: no route for /x\\r\\nFAKE line",
                "Caused by: java.lang.IllegalStateException: cause\\nFAKE cause");
        assertThat(lines).anyMatch(line -> line.startsWith("\tat org.hexmall.bootstrap.logging."));
        assertThat(lines).noneMatch(line -> line.startsWith("FAKE"));
    }

    private List<String> write(Level level, String message, Throwable failure, Object... arguments) {
        var event = new LoggingEvent(LoggingConfigurationTest.class.getName(), context.getLogger("org.hexmall.test"),
                level, message, failure, arguments);
        return new String(encoder.encode(event), StandardCharsets.UTF_8).lines().toList();
    }
}
