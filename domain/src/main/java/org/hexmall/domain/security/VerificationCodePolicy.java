package org.hexmall.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules for SMS verification codes (验证码): how long one is valid, how many wrong entries it
 * survives, how soon another may be sent, and how many one phone may receive in a day.
 *
 * @param maxWrongEntries the wrong entry that reaches this count makes the code useless
 * @param dailyLimit      codes one phone may receive within any 24 hours
 */
public record VerificationCodePolicy(Duration validity, int maxWrongEntries, Duration resendInterval, int dailyLimit) {

    public static final VerificationCodePolicy STANDARD =
            new VerificationCodePolicy(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 10);

    public static final Duration DAY = Duration.ofHours(24);

    public VerificationCodePolicy {
        if (validity.isNegative() || validity.isZero() || resendInterval.isNegative()) {
            throw new IllegalArgumentException("a code is valid for some time and resent after none or more");
        }
        if (maxWrongEntries < 1 || dailyLimit < 1) {
            throw new IllegalArgumentException("a code allows at least one entry and one code a day");
        }
    }

    /**
     * May another code be sent to this phone now?
     *
     * @param lastSentAt       when the phone's latest code was sent, if ever
     * @param sentInLastDay    how many codes the phone received in the 24 hours before {@code now}
     */
    public SendDecision maySend(Optional<Instant> lastSentAt, int sentInLastDay, Instant now) {
        if (sentInLastDay >= dailyLimit) {
            return new SendDecision.DailyLimitReached();
        }
        if (lastSentAt.isPresent() && now.isBefore(lastSentAt.get().plus(resendInterval))) {
            return new SendDecision.TooSoon(lastSentAt.get().plus(resendInterval));
        }
        return new SendDecision.Allowed();
    }

    /**
     * After when a phone that has had as many codes as it may in a day may be sent another: once the oldest of the
     * codes that keep it at the limit is more than a day old. {@code now} when it is not at the limit.
     *
     * @param sentInLastDay when the codes the phone received in the 24 hours before {@code now} were sent, in any
     *                      order
     */
    public Instant dailyLimitEndsAfter(List<Instant> sentInLastDay, Instant now) {
        if (sentInLastDay.size() < dailyLimit) {
            return now;
        }
        List<Instant> oldestFirst = sentInLastDay.stream().sorted(Comparator.naturalOrder()).toList();
        return oldestFirst.get(oldestFirst.size() - dailyLimit).plus(DAY);
    }

    /** The answer to "may a code be sent now?". */
    public sealed interface SendDecision {

        record Allowed() implements SendDecision {
        }

        /** Wait until {@code retryAt} before asking for another code. */
        record TooSoon(Instant retryAt) implements SendDecision {
        }

        /** The phone has had as many codes as it may in a day. */
        record DailyLimitReached() implements SendDecision {
        }
    }
}
