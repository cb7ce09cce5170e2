package org.hexmall.application.port.in.account;

import java.time.Instant;
import org.hexmall.domain.shared.Language;

/** A customer waiting on a new device asks for another login code, within the code rules. */
public interface ResendNewDeviceCode {

    /** @param language the language the customer reads the page in, for the SMS */
    Resent resend(String deviceToken, Language language);

    /** What became of the request. */
    sealed interface Resent {

        /** A new code is on its way; another may be asked for from {@code nextAt}. */
        record Sent(Instant nextAt) implements Resent {
        }

        /** Too soon after the last code: wait until {@code retryAt}. */
        record TooSoon(Instant retryAt) implements Resent {
        }

        /** The phone has had as many codes as it may today. */
        record DailyLimitReached() implements Resent {
        }

        /** No login is waiting on this device any more: the password must be typed again. */
        record StartAgain() implements Resent {
        }
    }
}
