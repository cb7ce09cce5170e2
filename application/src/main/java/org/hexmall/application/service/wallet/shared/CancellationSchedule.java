package org.hexmall.application.service.wallet.shared;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When the store asks a provider to cancel the agreement of a binding that ended in hexmall.
 *
 * @param answerWait how long one attempt may take before another may start: longer than the gateway waits for a
 *                   provider, so that an attempt under way is never doubled, and short enough that one cut off
 *                   half-way (a server stopped) is soon made again
 * @param retryWaits the waits after each attempt that found the provider unavailable, the first first; the last
 *                   one repeats until the provider answers
 */
public record CancellationSchedule(Duration answerWait, List<Duration> retryWaits) {

    /** The first retry after half a minute, then ever more rarely, at least every half hour until it is done. */
    public static final CancellationSchedule STANDARD = new CancellationSchedule(Duration.ofMinutes(2),
            List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
                    Duration.ofMinutes(10), Duration.ofMinutes(30)));

    public CancellationSchedule {
        Objects.requireNonNull(answerWait, "answerWait");
        retryWaits = List.copyOf(retryWaits);
        if (answerWait.isNegative() || answerWait.isZero()) {
            throw new IllegalArgumentException("an attempt takes some time");
        }
        if (retryWaits.isEmpty() || retryWaits.stream().anyMatch(wait -> wait.isNegative() || wait.isZero())) {
            throw new IllegalArgumentException("a provider that could not be reached is asked again after a while");
        }
    }

    /** The wait before asking again, after the {@code failedAttempts}-th attempt (from 1) found the provider down. */
    public Duration retryWaitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no attempt has failed yet");
        }
        return retryWaits.get(Math.min(failedAttempts, retryWaits.size()) - 1);
    }
}
