package org.hexmall.acceptance.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What hexmall logs while a test watches, as its own logging setup writes it to standard output:
 * each event through the console appender's encoder, so a value that breaks a line shows as it would there.
 */
final class LogLines implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Encoder<ILoggingEvent> encoder;

    LogLines() {
        encoder = ((OutputStreamAppender<ILoggingEvent>) root.getAppender("STDOUT")).getEncoder();
        events.start();
        root.addAppender(events);
    }

    void clear() {
        events.list.clear();
    }

    /** Every line written since the last {@link #clear}, stack trace lines included. */
    List<String> written() {
        return List.copyOf(events.list).stream()
                .flatMap(event -> new String(encoder.encode(event), StandardCharsets.UTF_8).lines())
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(events);
    }
}
