package org.hexmall.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * hexmall's logging, set up in code: one line per event on standard output, for every logger, whatever a value from
 * outside holds. Form values and secrets are never logged; values from outside (an address, a provider's name, an
 * exception's message quoting either) may be, so every control character in the message and in the exceptions'
 * messages is escaped ({@link LogEscaping}) and none can start a line of its own.
 *
 * <p>Logback finds this class through {@code META-INF/services} before it looks for a {@code logback.xml}, and so
 * never loads its XML configurator: a few hundred classes fewer at every start. A configuration file of one's own
 * still wins: named with {@code -Dlogback.configurationFile=...}, or a {@code logback-test.xml} on a test's class
 * path.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingSetup extends ContextAwareBase implements Configurator {

    /** The name of the one appender, by which tests find its encoder to see lines as they are written. */
    public static final String APPENDER = "STDOUT";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %escapedMsg%n%escapedEx";
    /** Libraries that say much at INFO that an operator does not need. */
    private static final List<String> QUIET = List.of("org.eclipse.jetty", "com.zaxxer.hikari", "org.flywaydb",
            "io.javalin");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LoggingSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as hexmall logs. */
    public static void apply(LoggerContext context) {
        var layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.getInstanceConverterMap().put("escapedMsg", EscapedMessageConverter::new);
        layout.getInstanceConverterMap().put("escapedEx", EscapedThrowableConverter::new);
        layout.start();
        var encoder = new LayoutWrappingEncoder<ILoggingEvent>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        var stdout = new ConsoleAppender<ILoggingEvent>();
        stdout.setContext(context);
        stdout.setName(APPENDER);
        stdout.setEncoder(encoder);
        stdout.start();
        QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stdout);
    }
}
