package org.hexmall.adapter.out.sms.mock;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.application.port.out.notification.VerificationCodeSender;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIMULATED SMS gateway: instead of sending a text message, it puts it in an outbox that stands for the phone
 * network, where the simulated phone page and the tests read it. It logs that a message went out, never its text.
 */
public final class SimulatedSmsGateway implements VerificationCodeSender {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedSmsGateway.class);
    /** Six digits standing alone: not part of a longer number. */
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

    private final SmsOutbox outbox;
    private final Clock clock;

    public SimulatedSmsGateway(SmsOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(PhoneNumber phone, String digits, Duration validFor, Language language) {
        outbox.add(new SmsMessage(phone, VerificationCodeText.of(digits, validFor, language), clock.instant()));
        LOG.info("Simulated SMS with a verification code sent to {}", phone.masked());
    }

    /** The latest messages to any phone, newest first. */
    public List<SmsMessage> latestMessages(int limit) {
        return outbox.latest(limit);
    }

    /** What the phone received, newest first. */
    public List<SmsMessage> messagesTo(PhoneNumber phone) {
        return outbox.messagesTo(phone);
    }

    /** The code in the phone's latest message, as a person would read it off the screen; empty if it has none. */
    public Optional<String> latestCodeFor(PhoneNumber phone) {
        return messagesTo(phone).stream().findFirst().flatMap(latest -> {
            Matcher code = SIX_DIGITS.matcher(latest.text());
            return code.find() ? Optional.of(code.group()) : Optional.empty();
        });
    }
}
