package org.hexmall.bootstrap.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %escapedMsg} in hexmall's log pattern ({@link LoggingSetup}): the formatted message, arguments included,
 * with every control character escaped ({@link LogEscaping}), so that no value from outside can start a line of its
 * own.
 */
public final class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogEscaping.escape(super.convert(event));
    }
}
