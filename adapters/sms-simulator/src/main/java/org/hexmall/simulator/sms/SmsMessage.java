package org.hexmall.simulator.sms;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.account.PhoneNumber;

/** A text message the simulated SMS gateway sent. */
public record SmsMessage(PhoneNumber phone, String text, Instant sentAt) {

    /** As long as a long SMS of several parts; the verification code texts are far shorter. */
    public static final int MAX_TEXT_LENGTH = 500;

    public SmsMessage {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("an SMS text has at most " + MAX_TEXT_LENGTH + " characters");
        }
    }

    /** Never the text, which holds a verification code, so that it cannot reach a log by accident. */
    @Override
    public String toString() {
        return "SmsMessage[to " + phone.masked() + " at " + sentAt + "]";
    }
}
