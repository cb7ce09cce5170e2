package org.hexmall.application.port.in.account;

import java.time.Instant;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;

/**
 * Account &amp; security → "Change phone number" (更换手机号), after a step-up: a code goes to the new number, to prove
 * the customer holds it. A number another account uses is refused without saying whose it is.
 */
public interface StartPhoneChange {

    Result start(CustomerId customer, PhoneNumber newPhone, Language language);

    /** What came of it. */
    sealed interface Result {
    }

    /** A code went to the new number; another may be asked for from {@code resendAt}. */
    record CodeSent(String maskedPhone, Instant resendAt) implements Result {
    }

    /** A code went to that number a moment ago: no new one until {@code retryAt}. */
    record CodeNotSentYet(String maskedPhone, Instant retryAt) implements Result {
    }

    /**
     * The number has received as many codes as it may in a day, so none went to it: another may be asked for after
     * {@code retryAfter}.
     */
    record DailyLimitReached(String maskedPhone, Instant retryAfter) implements Result {
    }

    /** No passed step-up for changing the phone: verify first. */
    record StepUpNeeded() implements Result {
    }

    /** The number is the account's own already. */
    record SameNumber() implements Result {
    }

    /** Another account uses the number. */
    record NumberTaken() implements Result {
    }
}
