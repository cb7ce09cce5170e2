package org.hexmall.application.port.in.risk;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AlertSeverity;
import org.hexmall.domain.risk.RiskRule;

/**
 * The alert queue as an agent filters it. Every part is optional; anything that cannot be read is ignored, as a
 * filter left empty.
 *
 * @param maxAge  only alerts at most this old
 * @param page    counted from 1
 * @param outcome only alerts whose customer's side ended so (or still stands so)
 */
public record AlertQuery(Optional<RiskRule> rule, Optional<AlertSeverity> severity, Optional<Duration> maxAge,
                         int page, Optional<AlertOutcome> outcome) {

    public static final int PAGE_SIZE = 20;

    /** The ages the queue offers, in hours. */
    public static final int[] AGES_IN_HOURS = {1, 24, 24 * 7};

    /** The outcomes the queue offers to filter by: what the customer was asked, and how it ended. */
    public static final List<AlertOutcome> OUTCOMES = List.of(AlertOutcome.values());

    public AlertQuery {
        page = Math.max(1, page);
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AlertQuery of(String rule, String severity, String maxAgeHours, String page) {
        return of(rule, severity, maxAgeHours, page, null);
    }

    /** As {@link #of(String, String, String, String)}, with the outcome by name ({@code ABANDONED}, say). */
    public static AlertQuery of(String rule, String severity, String maxAgeHours, String page, String outcome) {
        return new AlertQuery(named(RiskRule.class, rule), named(AlertSeverity.class, severity), hours(maxAgeHours),
                number(page).orElse(1), named(AlertOutcome.class, outcome));
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(text)).findFirst();
    }

    private static Optional<Duration> hours(String text) {
        return number(text).filter(hours -> Arrays.stream(AGES_IN_HOURS).anyMatch(offered -> offered == hours))
                .map(Duration::ofHours);
    }

    private static Optional<Integer> number(String text) {
        if (text == null || text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
